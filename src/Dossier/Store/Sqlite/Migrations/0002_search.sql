-- Full-text search over titles and texts. The index reads its text from articles (no second
-- copy) by the stable seq rowid. unicode61 with remove_diacritics 2 folds accents, so "Seoul"
-- finds "Séoul"; porter strips English suffixes (plural -s, -ing, -ed), which also covers the
-- French plural -s, so "livraison" finds "livraisons".
CREATE VIRTUAL TABLE article_search USING fts5 (
    title,
    text,
    content = 'articles',
    content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Articles are never updated or deleted (their id is their text), so insertion is the one event.
CREATE TRIGGER articles_into_search AFTER INSERT ON articles BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Index what a store of version 1 already holds.
INSERT INTO article_search (article_search) VALUES ('rebuild');
