using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>
/// Who supplies and who receives in a story's transfers, and what that says of an arriving article.
/// Bare entities weigh a recipient like any other name, so two shipments by one supplier of one
/// kind of goods through one port, to two recipients in the same weeks, look alike; the roles tell
/// them apart. A party may turn up in the other role (the recipient paying the supplier back in
/// kind), so a party the story has in either role is never a conflict.
/// </summary>
internal static class StoryParties
{
    private const string Supplier = "supplier";
    private const string Recipient = "recipient";

    /// <summary>
    /// Added for each role whose party the article names as the story does, times the share of the
    /// story's articles naming that party so: a short report naming the main actors in their roles
    /// is about the story even when it names little else.
    /// </summary>
    private const double AgreeingRole = 0.1;

    /// <summary>
    /// Taken off when the article names, in a role the story has filled, only parties the story's
    /// transfers never had: it tells of another shipment, whatever names it shares. Not a veto, as
    /// extraction errs: an article nearly the same in entities and words still joins.
    /// </summary>
    private const double ConflictingRole = 0.4;

    /// <summary>The parties an article's transfers name, by role; empty when it tells of none.</summary>
    public static Parties Of(ExtractionRecord record) => new(
        record.Transfers.Select(t => t.Supplier).OfType<string>().ToHashSet(StringComparer.Ordinal),
        record.Transfers.Select(t => t.Recipient).OfType<string>().ToHashSet(StringComparer.Ordinal));

    /// <summary>What the roles add to (or take off) the article's score with the story: 0 when either names no party.</summary>
    public static double Adjustment(WriteSession db, string storyId, Parties article)
    {
        if (article.Suppliers.Count == 0 && article.Recipients.Count == 0)
        {
            return 0;
        }

        var story = db.Query(
            "SELECT role, entity_id, weight FROM story_parties WHERE story_id = @s",
            row => (Role: row.GetString(0), Entity: row.GetString(1), Weight: row.GetInt64(2)),
            ("@s", storyId));
        var known = story.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
        var adjustment = 0.0;
        foreach (var (role, named) in new[] { (Supplier, article.Suppliers), (Recipient, article.Recipients) })
        {
            var filled = story.Where(p => p.Role == role).ToList();
            if (named.Count == 0 || filled.Count == 0)
            {
                continue; // nothing to compare: the article or the story does not say who
            }

            if (!named.Overlaps(known))
            {
                return -ConflictingRole;
            }

            var agreeing = filled.Where(p => named.Contains(p.Entity)).Sum(p => p.Weight);
            adjustment += AgreeingRole * agreeing / filled.Sum(p => p.Weight);
        }

        return adjustment;
    }

    /// <summary>Counts the article's parties in the story: each once per role, as one more article naming it so.</summary>
    public static void Grow(WriteSession db, string storyId, ExtractionRecord record)
    {
        var parties = Of(record);
        foreach (var (role, named) in new[] { (Supplier, parties.Suppliers), (Recipient, parties.Recipients) })
        {
            foreach (var entity in named)
            {
                db.Execute(
                    """
                    INSERT INTO story_parties (story_id, role, entity_id, weight) VALUES (@s, @r, @e, 1)
                    ON CONFLICT (story_id, role, entity_id) DO UPDATE SET weight = story_parties.weight + 1
                    """,
                    ("@s", storyId), ("@r", role), ("@e", entity));
            }
        }
    }

    /// <summary>Moves the parties of <paramref name="from"/> into <paramref name="into"/>, adding the weights of the ones both have.</summary>
    public static void Merge(WriteSession db, string from, string into)
    {
        // "WHERE" before ON CONFLICT: SQLite reads an upsert's SELECT ambiguously without one.
        db.Execute(
            """
            INSERT INTO story_parties (story_id, role, entity_id, weight)
            SELECT @into, role, entity_id, weight FROM story_parties WHERE story_id = @from
            ON CONFLICT (story_id, role, entity_id) DO UPDATE SET weight = story_parties.weight + excluded.weight
            """,
            ("@from", from), ("@into", into));
        db.Execute("DELETE FROM story_parties WHERE story_id = @from", ("@from", from));
    }

    /// <summary>The entity ids an article's transfers name as suppliers and as recipients.</summary>
    internal sealed record Parties(HashSet<string> Suppliers, HashSet<string> Recipients);
}
