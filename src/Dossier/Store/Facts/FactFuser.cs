using System.Globalization;
using Dossier.Records;
using Dossier.Store.Duplicates;
using Dossier.Store.Sql;

namespace Dossier.Store.Facts;

/// <summary>
/// Joins each quote, event and transfer of an arriving article to the fact it restates, or opens
/// a fact for it. Only sources with the same match key (speaker; type, actor and target; supplier
/// and recipient) are compared, then their details: overlapping words, compatible dates,
/// overlapping items. Status, quantity and (for an event told in the same words) date do not split
/// a fact: they are what contradictions show.
/// </summary>
internal static class FactFuser
{
    /// <summary>Share of the shorter text's words the other must have too: a quote cut or reworded by an outlet still matches.</summary>
    private const double WordOverlap = 0.5;

    /// <summary>How far apart (days) two dates of what reads as one event may be and still be one event misdated.</summary>
    private const int MisdatedDays = 7;

    public static void Place(WriteSession db, string articleId, long seq, ExtractionRecord record)
    {
        var fuse = new Fusion(db, articleId, seq);
        for (var i = 0; i < record.Quotes.Count; i++)
        {
            // An unattributed quotation cannot be said to be the same as another.
            if (record.Quotes[i] is { SpeakerId: { } speaker } quote)
            {
                var words = Words(quote.Text);
                fuse.Join(new Statement("quote", $"quote|{speaker}", i, $"{quote.Speaker}: “{Shorten(quote.Text)}”", null),
                    key => fuse.Sources(key, "quotes", "x.text", row => Words(row.GetString(0))),
                    other => Overlaps(words, other));
            }
        }

        for (var i = 0; i < record.Events.Count; i++)
        {
            var e = record.Events[i];
            var evidence = Evidence(record.Text, e.Evidence);
            var words = Words(evidence ?? "");
            fuse.Join(new Statement("event", $"event|{e.Type}|{e.Actor}|{e.Target}", i, $"{e.Type} {e.Actor ?? "?"} → {e.Target ?? "?"}", evidence),
                key => fuse.Sources(key, "events", "x.happened, r.evidence", row => (When: row.NullableString(0), Evidence: row.NullableString(1))),
                other => TimexDates.Compatible(other.When, e.When),
                // "Struck the depot on Tuesday" against "struck the depot on Wednesday": the same
                // event misdated by one of its sources, which the contradictions then show.
                other => other.Evidence is { } told && TimexDates.DaysApart(other.When, e.When) <= MisdatedDays && Overlaps(words, Words(told)));
        }

        for (var i = 0; i < record.Transfers.Count; i++)
        {
            var t = record.Transfers[i];
            fuse.Join(new Statement("transfer", $"transfer|{t.Supplier}|{t.Recipient}", i, $"{t.Supplier ?? "?"} → {t.Recipient ?? "?"}: {string.Join(", ", t.Items)}", null),
                key => TransferSources(fuse, key),
                other => SameShipment(t, other));
        }
    }

    // One row per item (a transfer without items has one row with none), folded back into shipments.
    private static List<(string Fact, Shipment Source)> TransferSources(Fusion fuse, string key) =>
        fuse.Sources(
                key,
                "transfers",
                "x.period_from, x.period_to, x.article_id, x.ordinal, i.item",
                row => (From: row.NullableString(0), To: row.NullableString(1), Article: row.GetString(2), Ordinal: Convert.ToInt32(row.GetValue(3), CultureInfo.InvariantCulture), Item: row.NullableString(4)),
                "LEFT JOIN transfer_items i ON i.article_id = x.article_id AND i.ordinal = x.ordinal")
            .GroupBy(s => (s.Fact, s.Source.Article, s.Source.Ordinal))
            .Select(g => (g.Key.Fact, new Shipment(g.First().Source.From, g.First().Source.To, g.Select(s => s.Source.Item).OfType<string>().ToHashSet(StringComparer.Ordinal))))
            .ToList();

    private static bool SameShipment(TransferRecord transfer, Shipment other) =>
        (transfer.Items.Count == 0 || other.Items.Count == 0 || transfer.Items.Any(other.Items.Contains))
        && TimexDates.Compatible(transfer.Period?.From, other.From)
        && TimexDates.Compatible(transfer.Period?.To, other.To);

    private static string? Evidence(string text, SpanRecord span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start < span.End ? text[span.Start..span.End] : null;

    private static HashSet<string> Words(string text) => ArticleWords.Of(text).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static bool Overlaps(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        var shared = a.Count(b.Contains);
        return smaller > 0 && shared >= WordOverlap * smaller && shared >= Math.Min(3, smaller);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private sealed record Shipment(string? From, string? To, HashSet<string> Items);

    /// <param name="Evidence">What an event's source says, kept with the fact's latest sources.</param>
    private sealed record Statement(string Kind, string Key, int Ordinal, string Label, string? Evidence);

    /// <summary>Adds one source to the first matching fact of its key, or to a new fact.</summary>
    private sealed class Fusion(WriteSession db, string articleId, long seq)
    {
        /// <summary>How many of a fact's latest sources a new statement is compared with (the slots of fact_recent).</summary>
        private const int ComparedSources = 8;

        /// <summary>
        /// How many facts of one key are compared, the most recently stated first: a speaker quoted
        /// ten thousand times is compared through the facts of the last weeks, not all of them.
        /// </summary>
        private const int ComparedFacts = 16;

        /// <summary>
        /// The layer rows of the latest sources of the latest facts with this key, in one query,
        /// which keeps each arrival's cost from growing with the story or the store. The columns
        /// come first, the fact id last.
        /// </summary>
        public List<(string Fact, T Source)> Sources<T>(string key, string table, string columns, Func<System.Data.Common.DbDataReader, T> read, string join = "") =>
            db.Query(
                $"""
                SELECT {columns}, r.fact_id
                FROM (SELECT id FROM facts WHERE match_key = @k ORDER BY last_seq DESC LIMIT {ComparedFacts}) f
                JOIN fact_recent r ON r.fact_id = f.id
                JOIN {table} x ON x.article_id = r.article_id AND x.ordinal = r.ordinal
                {join}
                """,
                row => (row.GetString(row.FieldCount - 1), read(row)),
                ("@k", key));

        /// <param name="matches">Whether a source states the same fact.</param>
        /// <param name="alsoMatches">Tried when no source matches: a looser reading of the same fact.</param>
        public void Join<T>(Statement statement, Func<string, List<(string Fact, T Source)>> sources, Func<T, bool> matches, Func<T, bool>? alsoMatches = null)
        {
            var candidates = sources(statement.Key);
            var fact = First(candidates, matches) ?? (alsoMatches is null ? null : First(candidates, alsoMatches));
            if (fact is null)
            {
                fact = $"{statement.Kind}-{articleId[..12]}-{statement.Ordinal}";
                db.Write(
                    "INSERT INTO facts (id, kind, match_key, label, sources, last_seq) VALUES (@f, @kind, @k, @label, 0, @seq)",
                    ("@f", fact), ("@kind", statement.Kind), ("@k", statement.Key), ("@label", statement.Label), ("@seq", seq));
            }

            db.Write("INSERT INTO fact_sources (fact_id, article_id, ordinal) VALUES (@f, @a, @o)", ("@f", fact), ("@a", articleId), ("@o", statement.Ordinal));
            db.Write("UPDATE facts SET sources = sources + 1, last_seq = @seq WHERE id = @f", ("@seq", seq), ("@f", fact));
            // A ring: the newest source takes the slot of the oldest of the last ComparedSources.
            // The slot is computed by the server from the count just raised, so nothing waits for it.
            db.Write(
                $"""
                INSERT INTO fact_recent (fact_id, slot, article_id, ordinal, evidence)
                SELECT id, (sources - 1) % {ComparedSources}, @a, @o, @evidence FROM facts WHERE id = @f
                ON CONFLICT (fact_id, slot) DO UPDATE SET article_id = excluded.article_id, ordinal = excluded.ordinal, evidence = excluded.evidence
                """,
                ("@a", articleId), ("@o", statement.Ordinal), ("@evidence", statement.Evidence), ("@f", fact));
        }

        private static string? First<T>(List<(string Fact, T Source)> candidates, Func<T, bool> matches) =>
            candidates.Where(s => matches(s.Source)).Select(s => s.Fact).Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
