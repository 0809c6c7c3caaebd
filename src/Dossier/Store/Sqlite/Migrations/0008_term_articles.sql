-- How many articles had each word among their most frequent long words: the rarity that tells a
-- story's own words ("Tikhoretsk", "conteneurs") from the ones every report repeats.
CREATE TABLE term_articles (
    term     TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
) WITHOUT ROWID;
