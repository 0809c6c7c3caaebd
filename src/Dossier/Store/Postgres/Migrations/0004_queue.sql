-- Articles waiting for a worker (`dossier ingest --queue`, `dossier worker`). A worker claims a
-- row with FOR UPDATE SKIP LOCKED and stores the article in the same transaction that marks the
-- row done: a worker killed midway rolls back, and the row is pending again for the next one.
CREATE TABLE ingest_queue (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location    TEXT NOT NULL,
    raw         TEXT NOT NULL,
    format      TEXT NOT NULL,      -- PlainText | Html
    state       TEXT NOT NULL DEFAULT 'pending',   -- pending | done | failed
    article_id  TEXT,               -- what it was stored as, once done
    error       TEXT,               -- why it failed
    worker      TEXT,               -- who finished it
    queued_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);
CREATE INDEX ingest_queue_pending ON ingest_queue (id) WHERE state = 'pending';
