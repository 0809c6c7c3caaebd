-- Articles and the layers of their records, normalized so they can be queried.
-- Offsets are UTF-16 indexes into articles.text, as in the record.

CREATE TABLE articles (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- arrival order
    id          TEXT NOT NULL UNIQUE,  -- hash of the cleaned text
    source      TEXT NOT NULL,         -- path or URL it was read from (the first one stored)
    title       TEXT,
    published   TEXT,                  -- ISO 8601, as precise as known; sorts as text
    language    TEXT,
    text        TEXT NOT NULL,
    record      TEXT NOT NULL,         -- the whole contract record as JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id),
    entity_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_by_entity ON entities (entity_id);

CREATE TABLE mentions (
    article_id   TEXT NOT NULL REFERENCES articles (id),
    entity_id    TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX mentions_by_article ON mentions (article_id);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL REFERENCES articles (id),
    ordinal      INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    direct       BOOLEAN NOT NULL,
    speaker      TEXT,
    speaker_id   TEXT,
    cue          TEXT,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_id);

CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    ordinal        INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    actor          TEXT,
    target         TEXT,
    happened       TEXT,               -- the record's "when": a TIMEX3 value
    place          TEXT,               -- the record's "where": an entity id
    status         TEXT NOT NULL,
    attributed_to  TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX events_by_actor ON events (actor);
CREATE INDEX events_by_target ON events (target);

CREATE TABLE transfers (
    article_id      TEXT NOT NULL REFERENCES articles (id),
    ordinal         INTEGER NOT NULL,
    supplier        TEXT,
    recipient       TEXT,
    quantity_value  DOUBLE PRECISION,
    quantity_approx TEXT,
    quantity_max    DOUBLE PRECISION,
    quantity_unit   TEXT,
    period_from     TEXT,
    period_to       TEXT,
    status          TEXT NOT NULL,
    evidence_start  INTEGER,           -- the first evidence span
    evidence_end    INTEGER,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX transfers_by_supplier ON transfers (supplier);
CREATE INDEX transfers_by_recipient ON transfers (recipient);

CREATE TABLE transfer_items (
    article_id TEXT NOT NULL REFERENCES articles (id),
    ordinal    INTEGER NOT NULL,       -- the transfer's ordinal
    item       TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal, item)
);
CREATE INDEX transfer_items_by_item ON transfer_items (item);
