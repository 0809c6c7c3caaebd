-- The store at scale: bounded lookups whatever the size of the store, and the work across
-- articles that version 4 did not do yet (partial copies, merged stories).

-- LSH band entries in arrival order: a crowded bucket (boilerplate, a wire story copied a hundred
-- times) is read newest first and only a few rows deep, so finding copies costs the same at any size.
CREATE TABLE band_entries (
    band       INTEGER NOT NULL,
    bucket     INTEGER NOT NULL,
    seq        INTEGER NOT NULL,        -- the article's arrival order
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, bucket, seq)
) WITHOUT ROWID;
INSERT INTO band_entries (band, bucket, seq, article_id)
SELECT b.band, b.bucket, a.seq, b.article_id FROM signature_bands b JOIN articles a ON a.id = b.article_id;
DROP TABLE signature_bands;

-- The latest sources of each fact (a ring of slots), so fusing a statement reads a few rows per
-- fact instead of ranking every source of every fact of its key.
ALTER TABLE facts ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE facts ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX facts_by_key_recent ON facts (match_key, last_seq);
CREATE TABLE fact_recent (
    fact_id    TEXT NOT NULL REFERENCES facts (id),
    slot       INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    ordinal    INTEGER NOT NULL,
    evidence   TEXT,                    -- an event's evidence words, to tell the same event told with another date
    PRIMARY KEY (fact_id, slot)
);
UPDATE facts SET
    sources = (SELECT COUNT(*) FROM fact_sources fs WHERE fs.fact_id = facts.id),
    last_seq = COALESCE((SELECT MAX(a.seq) FROM fact_sources fs JOIN articles a ON a.id = fs.article_id WHERE fs.fact_id = facts.id), 0);
INSERT INTO fact_recent (fact_id, slot, article_id, ordinal, evidence)
SELECT r.fact_id, r.recent - 1, r.article_id, r.ordinal, NULL FROM (
    SELECT fs.fact_id, fs.article_id, fs.ordinal, ROW_NUMBER() OVER (PARTITION BY fs.fact_id ORDER BY a.seq DESC) AS recent
    FROM fact_sources fs JOIN articles a ON a.id = fs.article_id) r
WHERE r.recent <= 8;

-- Partial copies: each paragraph long enough to be telling is indexed by the hash of its folded
-- words, with the first article that had it; a later article sharing paragraphs lists them here.
CREATE TABLE paragraph_origins (
    hash       INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    paragraph  INTEGER NOT NULL
);
CREATE TABLE shared_paragraphs (
    article_id         TEXT NOT NULL REFERENCES articles (id),
    paragraph          INTEGER NOT NULL,
    original_id        TEXT NOT NULL REFERENCES articles (id),
    original_paragraph INTEGER NOT NULL,
    PRIMARY KEY (article_id, paragraph)
);
CREATE INDEX shared_paragraphs_by_original ON shared_paragraphs (original_id);

-- Stories that converge are merged into the one opened first; the other keeps its row and says
-- where it went, so its id still leads somewhere.
ALTER TABLE stories ADD COLUMN opened_seq INTEGER;
ALTER TABLE stories ADD COLUMN merged_into TEXT;
UPDATE stories SET opened_seq = (SELECT MIN(a.seq) FROM articles a WHERE a.story_id = stories.id);
