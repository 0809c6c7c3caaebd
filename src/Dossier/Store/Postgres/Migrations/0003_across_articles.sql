-- The work across articles: near-duplicates, stories and fused facts, kept up to date as each
-- article arrives (in the article's own transaction).

ALTER TABLE articles ADD COLUMN duplicate_of TEXT;   -- the original this article copies, or NULL
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_by_story ON articles (story_id);

-- MinHash signatures, and their LSH bands: articles sharing a band's bucket are the only ones
-- compared, so finding the copies of an article does not read the whole store.
CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    signature  BYTEA NOT NULL
);
CREATE TABLE signature_bands (
    band       INTEGER NOT NULL,
    bucket     BIGINT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, bucket, article_id)
);

CREATE TABLE stories (
    id              TEXT PRIMARY KEY,   -- from the article that opened it: never changes
    label           TEXT NOT NULL,
    first_published TEXT,
    last_published  TEXT
);
CREATE TABLE story_entities (
    story_id  TEXT NOT NULL REFERENCES stories (id),
    entity_id TEXT NOT NULL,
    name      TEXT NOT NULL,
    weight    INTEGER NOT NULL,         -- mentions over the story's articles
    PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_by_entity ON story_entities (entity_id);
CREATE TABLE story_terms (
    story_id TEXT NOT NULL REFERENCES stories (id),
    term     TEXT NOT NULL,
    weight   INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
);

-- One row per real-world fact; its sources are the layer rows (quotes, events, transfers)
-- that state it, by article and ordinal.
CREATE TABLE facts (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,            -- quote | event | transfer
    match_key TEXT NOT NULL,            -- what sources must share to be compared at all
    label     TEXT NOT NULL
);
CREATE INDEX facts_by_key ON facts (match_key);
CREATE TABLE fact_sources (
    fact_id    TEXT NOT NULL REFERENCES facts (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    ordinal    INTEGER NOT NULL,
    PRIMARY KEY (fact_id, article_id, ordinal)
);
CREATE INDEX fact_sources_by_article ON fact_sources (article_id);
