-- Full-text search: a tsvector per article, built with its language's stemmer and with accents
-- folded by unaccent before stemming, so "Seoul" finds "Séoul" and "livraison" finds "livraisons".
-- CREATE EXTENSION needs a role allowed to create it (the owner of the database in PostgreSQL 13+
-- for trusted extensions; unaccent is trusted).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION dossier_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION dossier_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION dossier_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION dossier_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION dossier_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION dossier_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- The configuration an article of a language is indexed and searched with.
CREATE FUNCTION dossier_search_config(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE language WHEN 'fr' THEN 'dossier_fr'::regconfig WHEN 'en' THEN 'dossier_en'::regconfig ELSE 'dossier_simple'::regconfig END
$$;

ALTER TABLE articles ADD COLUMN search TSVECTOR;
CREATE INDEX articles_search ON articles USING GIN (search);

-- Articles are never updated (their id is their text): filling the vector on insert is enough.
CREATE FUNCTION articles_fill_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := setweight(to_tsvector(dossier_search_config(NEW.language), coalesce(NEW.title, '')), 'A')
               || setweight(to_tsvector(dossier_search_config(NEW.language), NEW.text), 'B');
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_into_search BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION articles_fill_search();

-- Index what a store of version 1 already holds.
UPDATE articles SET search = setweight(to_tsvector(dossier_search_config(language), coalesce(title, '')), 'A')
                          || setweight(to_tsvector(dossier_search_config(language), text), 'B');
