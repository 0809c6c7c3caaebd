-- How many articles had each word among their most frequent long words: the rarity that tells a
-- story's own words ("Tikhoretsk", "conteneurs") from the ones every report repeats.
CREATE TABLE term_articles (
    term     TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
) WITHOUT ROWID;

-- An arriving article is compared with the stories told lately, found by their last date.
CREATE INDEX stories_by_last_published ON stories (last_published);
