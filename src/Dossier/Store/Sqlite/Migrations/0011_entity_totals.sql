-- Each entity's totals over the store (articles naming it, mentions), kept as entity rows arrive.
-- The entity list and the map's places read them on every page load; counting them from the
-- entities table grouped a row per article and entity (1.6 s, and 13 s for the places, on
-- 100 000 articles). A story's own list still counts its articles' rows, which are few.
CREATE TABLE entity_totals (
    entity_id TEXT PRIMARY KEY,
    name      TEXT NOT NULL,   -- the least of the names stored for it, as MIN(name) over its rows
    type      TEXT NOT NULL,
    articles  INTEGER NOT NULL,
    mentions  INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO entity_totals (entity_id, name, type, articles, mentions)
SELECT entity_id, MIN(name), MIN(type), COUNT(*), SUM(mentions) FROM entities GROUP BY entity_id;

-- Entity rows are only ever inserted (an article's are written once, with it).
CREATE TRIGGER entities_into_totals AFTER INSERT ON entities BEGIN
    INSERT INTO entity_totals (entity_id, name, type, articles, mentions)
    VALUES (new.entity_id, new.name, new.type, 1, new.mentions)
    ON CONFLICT (entity_id) DO UPDATE SET
        name = min(name, excluded.name),
        type = min(type, excluded.type),
        articles = articles + 1,
        mentions = mentions + excluded.mentions;
END;
