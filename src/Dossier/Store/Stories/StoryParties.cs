using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>
/// Who supplies and who receives in a story's transfers, and what that says of an arriving article.
/// Bare entities weigh a recipient like any other name, so two shipments by one supplier of one
/// kind of goods through one port, to two recipients in the same weeks, look alike; the roles tell
/// them apart. A party may turn up in the other role (the recipient paying the supplier back in
/// kind), so a party the story has in either role never clashes.
/// </summary>
internal static class StoryParties
{
    private const string Supplier = "supplier";
    private const string Recipient = "recipient";

    /// <summary>
    /// Added for each role whose party the article names as the story does, times that party's
    /// share of the times the story's articles named one in that role: a short report naming the
    /// main actors in their roles is about the story even when it names little else, and a party
    /// one stray report gave the story counts for little.
    /// </summary>
    private const double AgreeingRole = 0.1;

    /// <summary>
    /// Taken off when the article tells of another shipment: one of its transfers names, in a role
    /// the story has filled, a party the story's transfers never had, and none of its transfers
    /// naming both parties is the story's. Such a transfer outweighs a side remark on another
    /// shipment (the United States arming Ukraine, in a report on North Korea arming Russia); one
    /// naming a single party does not, as the story's parties also pay each other back. Not a veto,
    /// as extraction errs: an article nearly the same in entities and words still joins.
    /// </summary>
    private const double ConflictingRole = 0.4;

    /// <summary>The transfers of an article that name at least one party.</summary>
    public static Parties Of(ExtractionRecord record) =>
        new([.. record.Transfers.Where(t => t.Supplier is not null || t.Recipient is not null).Select(t => (t.Supplier, t.Recipient))]);

    /// <summary>What the roles add to (or take off) the article's score with the story: 0 when either names no party.</summary>
    public static double Adjustment(WriteSession db, string storyId, Parties article)
    {
        if (article.Transfers.Count == 0)
        {
            return 0;
        }

        var story = db.Query(
            "SELECT role, entity_id, weight FROM story_parties WHERE story_id = @s",
            row => (Role: row.GetString(0), Entity: row.GetString(1), Weight: row.GetInt64(2)),
            ("@s", storyId));
        var known = story.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
        var filled = story.Select(p => p.Role).ToHashSet(StringComparer.Ordinal);
        bool Clashes(string? party, string role) => party is not null && filled.Contains(role) && !known.Contains(party);
        bool ClashingTransfer((string? Supplier, string? Recipient) t) => Clashes(t.Supplier, Supplier) || Clashes(t.Recipient, Recipient);
        if (article.Transfers.Any(ClashingTransfer)
            && !article.Transfers.Any(t => t is { Supplier: not null, Recipient: not null } && !ClashingTransfer(t)))
        {
            return -ConflictingRole;
        }

        var adjustment = 0.0;
        foreach (var (role, named) in new[] { (Supplier, article.Suppliers), (Recipient, article.Recipients) })
        {
            var inRole = story.Where(p => p.Role == role).ToList();
            if (named.Count > 0 && inRole.Count > 0)
            {
                adjustment += AgreeingRole * inRole.Where(p => named.Contains(p.Entity)).Sum(p => p.Weight) / inRole.Sum(p => p.Weight);
            }
        }

        return adjustment;
    }

    /// <summary>Counts the article's parties in the story: each once per role, as one more article naming it so.</summary>
    public static void Grow(WriteSession db, string storyId, ExtractionRecord record)
    {
        var parties = Of(record);
        db.WriteRows(
            "INSERT INTO story_parties (story_id, role, entity_id, weight)",
            "ON CONFLICT (story_id, role, entity_id) DO UPDATE SET weight = story_parties.weight + 1",
            [.. parties.Suppliers.Select(e => new object?[] { storyId, Supplier, e, 1 })
                .Concat(parties.Recipients.Select(e => new object?[] { storyId, Recipient, e, 1 }))]);
    }

    /// <summary>Moves the parties of <paramref name="from"/> into <paramref name="into"/>, adding the weights of the ones both have.</summary>
    public static void Merge(WriteSession db, string from, string into)
    {
        // "WHERE" before ON CONFLICT: SQLite reads an upsert's SELECT ambiguously without one.
        db.Write(
            """
            INSERT INTO story_parties (story_id, role, entity_id, weight)
            SELECT @into, role, entity_id, weight FROM story_parties WHERE story_id = @from
            ON CONFLICT (story_id, role, entity_id) DO UPDATE SET weight = story_parties.weight + excluded.weight
            """,
            ("@from", from), ("@into", into));
        db.Write("DELETE FROM story_parties WHERE story_id = @from", ("@from", from));
    }

    /// <summary>The supplier and recipient (entity ids, either may be unknown) of each of an article's transfers.</summary>
    internal sealed record Parties(List<(string? Supplier, string? Recipient)> Transfers)
    {
        public HashSet<string> Suppliers { get; } = Transfers.Select(t => t.Supplier).OfType<string>().ToHashSet(StringComparer.Ordinal);

        public HashSet<string> Recipients { get; } = Transfers.Select(t => t.Recipient).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
