using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>Keeps a story's entities, terms, parties, label and dates as articles join it, and folds one story into another.</summary>
internal static class StoryMerger
{
    private const int LabelEntities = 3;

    public static void Grow(WriteSession db, string storyId, ExtractionRecord record, List<string> terms)
    {
        // An upsert of several rows needs distinct keys: an entity the record names twice weighs
        // both times, under the first name, as two upserts would have left it.
        db.WriteRows(
            "INSERT INTO story_entities (story_id, entity_id, name, weight)",
            "ON CONFLICT (story_id, entity_id) DO UPDATE SET weight = story_entities.weight + excluded.weight",
            [.. record.Entities.GroupBy(e => e.Id, StringComparer.Ordinal)
                .Select(g => new object?[] { storyId, g.Key, g.First().Name, g.Sum(e => Math.Max(1, e.Mentions.Count)) })]);
        db.WriteRows(
            "INSERT INTO story_terms (story_id, term, weight)",
            "ON CONFLICT (story_id, term) DO UPDATE SET weight = story_terms.weight + 1",
            [.. terms.Select(term => new object?[] { storyId, term, 1 })]);

        StoryParties.Grow(db, storyId, record);

        db.Write(
            """
            UPDATE stories SET
                first_published = CASE WHEN first_published IS NULL OR @p < first_published THEN @p ELSE first_published END,
                last_published = CASE WHEN last_published IS NULL OR @p > last_published THEN @p ELSE last_published END
            WHERE id = @s
            """,
            ("@p", record.Published), ("@s", storyId));
        Relabel(db, storyId);
    }

    /// <summary>
    /// Moves every article, entity weight, term and party of <paramref name="from"/> into <paramref name="into"/>.
    /// The emptied story keeps its row with where it went, so links to its id still resolve; ids
    /// that already redirected to it now redirect to the survivor, so a redirect is one step.
    /// </summary>
    public static void Merge(WriteSession db, string from, string into)
    {
        (string, object?)[] both = [("@from", from), ("@into", into)];
        db.Write("UPDATE articles SET story_id = @into WHERE story_id = @from", both);
        // "WHERE" before ON CONFLICT: SQLite reads an upsert's SELECT ambiguously without one.
        db.Write(
            """
            INSERT INTO story_entities (story_id, entity_id, name, weight)
            SELECT @into, entity_id, name, weight FROM story_entities WHERE story_id = @from
            ON CONFLICT (story_id, entity_id) DO UPDATE SET weight = story_entities.weight + excluded.weight
            """,
            both);
        db.Write(
            """
            INSERT INTO story_terms (story_id, term, weight)
            SELECT @into, term, weight FROM story_terms WHERE story_id = @from
            ON CONFLICT (story_id, term) DO UPDATE SET weight = story_terms.weight + excluded.weight
            """,
            both);
        StoryParties.Merge(db, from, into);
        db.Write("DELETE FROM story_entities WHERE story_id = @from", ("@from", from));
        db.Write("DELETE FROM story_terms WHERE story_id = @from", ("@from", from));
        db.Write("UPDATE stories SET merged_into = @into WHERE id = @from OR merged_into = @from", both);
        db.Write(
            """
            UPDATE stories SET
                first_published = (SELECT MIN(a.published) FROM articles a WHERE a.story_id = @into),
                last_published = (SELECT MAX(a.published) FROM articles a WHERE a.story_id = @into)
            WHERE id = @into
            """,
            ("@into", into));
        Relabel(db, into);
    }

    /// <summary>How many of a story's heaviest entities say what it is about, when two stories are compared.</summary>
    private const int MainEntities = 6;

    /// <summary>
    /// Whether two stories are about the same thing: most of their main entities are the same. An
    /// article close to both is not enough on its own, since stories that grew large match many articles.
    /// </summary>
    public static bool AboutTheSame(WriteSession db, string a, string b)
    {
        var first = MainEntitiesOf(db, a);
        var second = MainEntitiesOf(db, b);
        var smaller = Math.Min(first.Count, second.Count);
        return smaller > 0 && first.Count(second.Contains) >= 0.6 * smaller;
    }

    private static HashSet<string> MainEntitiesOf(WriteSession db, string storyId) =>
        db.Query(
            $"SELECT entity_id FROM story_entities WHERE story_id = @s ORDER BY weight DESC, entity_id LIMIT {MainEntities}",
            row => row.GetString(0),
            ("@s", storyId)).ToHashSet(StringComparer.Ordinal);

    private static void Relabel(WriteSession db, string storyId)
    {
        var label = string.Join(", ", db.Query(
            $"SELECT name FROM story_entities WHERE story_id = @s ORDER BY weight DESC, entity_id LIMIT {LabelEntities}",
            row => row.GetString(0),
            ("@s", storyId)));
        db.Write("UPDATE stories SET label = @label WHERE id = @s", ("@label", label), ("@s", storyId));
    }
}
