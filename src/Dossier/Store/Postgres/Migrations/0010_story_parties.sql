-- Who supplies and who receives in a story's transfers. Two shipments by one supplier to two
-- recipients in the same weeks name nearly the same entities (supplier, goods, port); only the
-- recipient's role tells them apart, so a story keeps its parties by role.
CREATE TABLE story_parties (
    story_id  TEXT NOT NULL REFERENCES stories (id),
    role      TEXT NOT NULL,            -- supplier | recipient
    entity_id TEXT NOT NULL,
    weight    INTEGER NOT NULL,         -- the story's articles that name it in that role
    PRIMARY KEY (story_id, role, entity_id)
);

-- Stories told before this version get the parties of the transfers their articles stored.
INSERT INTO story_parties (story_id, role, entity_id, weight)
SELECT a.story_id, 'supplier', t.supplier, COUNT(DISTINCT a.id)
FROM articles a JOIN transfers t ON t.article_id = a.id
WHERE a.story_id IS NOT NULL AND t.supplier IS NOT NULL
GROUP BY a.story_id, t.supplier;

INSERT INTO story_parties (story_id, role, entity_id, weight)
SELECT a.story_id, 'recipient', t.recipient, COUNT(DISTINCT a.id)
FROM articles a JOIN transfers t ON t.article_id = a.id
WHERE a.story_id IS NOT NULL AND t.recipient IS NOT NULL
GROUP BY a.story_id, t.recipient;
