using System.Data.Common;
using Dossier.Records;
using Dossier.Store.Duplicates;
using Dossier.Store.Sql;

namespace Dossier.Store.Facts;

/// <summary>
/// Joins each quote, event and transfer of an arriving article to the fact it restates, or opens
/// a fact for it. Only sources with the same match key (speaker; type, actor and target; supplier
/// and recipient) are compared, then their details: overlapping words, compatible dates,
/// overlapping items. Status and quantity do not split a fact: they are what contradictions show.
/// </summary>
internal static class FactFuser
{
    /// <summary>Share of the shorter quote's words the other must have too: a quote cut or reworded by an outlet still matches.</summary>
    private const double QuoteOverlap = 0.5;

    /// <summary>How many of a fact's latest sources a new statement is compared with.</summary>
    private const int ComparedSources = 8;

    public static void Place(DbConnection connection, DbTransaction transaction, string articleId, ExtractionRecord record)
    {
        var fuse = new Fusion(connection, transaction, articleId);
        for (var i = 0; i < record.Quotes.Count; i++)
        {
            // An unattributed quotation cannot be said to be the same as another.
            if (record.Quotes[i] is { SpeakerId: { } speaker } quote)
            {
                var words = QuoteWords(quote.Text);
                fuse.Join("quote", $"quote|{speaker}", i, $"{quote.Speaker}: “{Shorten(quote.Text)}”",
                    key => fuse.Sources(key, "quotes", "x.text", row => QuoteWords(row.GetString(0))),
                    other => Overlaps(words, other));
            }
        }

        for (var i = 0; i < record.Events.Count; i++)
        {
            var e = record.Events[i];
            fuse.Join("event", $"event|{e.Type}|{e.Actor}|{e.Target}", i, $"{e.Type} {e.Actor ?? "?"} → {e.Target ?? "?"}",
                key => fuse.Sources(key, "events", "x.happened", row => row.NullableString(0)),
                when => TimexDates.Compatible(when, e.When));
        }

        for (var i = 0; i < record.Transfers.Count; i++)
        {
            var t = record.Transfers[i];
            fuse.Join("transfer", $"transfer|{t.Supplier}|{t.Recipient}", i, $"{t.Supplier ?? "?"} → {t.Recipient ?? "?"}: {string.Join(", ", t.Items)}",
                key => TransferSources(fuse, key),
                other => SameShipment(t, other));
        }
    }

    private static List<(string Fact, Shipment Source)> TransferSources(Fusion fuse, string key)
    {
        var items = fuse.Sources(key, "transfer_items", "x.item, x.article_id, x.ordinal", row => (Item: row.GetString(0), Article: row.GetString(1), Ordinal: Convert.ToInt32(row.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)))
            .ToLookup(s => (s.Source.Article, s.Source.Ordinal), s => s.Source.Item);
        return fuse.Sources(key, "transfers", "x.period_from, x.period_to, x.article_id, x.ordinal", row => (From: row.NullableString(0), To: row.NullableString(1), Article: row.GetString(2), Ordinal: Convert.ToInt32(row.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)))
            .Select(s => (s.Fact, new Shipment(s.Source.From, s.Source.To, items[(s.Source.Article, s.Source.Ordinal)].ToHashSet(StringComparer.Ordinal))))
            .ToList();
    }

    private static bool SameShipment(TransferRecord transfer, Shipment other) =>
        (transfer.Items.Count == 0 || other.Items.Count == 0 || transfer.Items.Any(other.Items.Contains))
        && TimexDates.Compatible(transfer.Period?.From, other.From)
        && TimexDates.Compatible(transfer.Period?.To, other.To);

    private static HashSet<string> QuoteWords(string text) => ArticleWords.Of(text).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    private static bool Overlaps(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        var shared = a.Count(b.Contains);
        return smaller > 0 && shared >= QuoteOverlap * smaller && shared >= Math.Min(3, smaller);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    private sealed record Shipment(string? From, string? To, HashSet<string> Items);

    /// <summary>Adds one source to the first matching fact of its key, or to a new fact.</summary>
    private sealed class Fusion(DbConnection connection, DbTransaction transaction, string articleId)
    {
        /// <summary>
        /// The layer rows of the latest sources of every fact with this key, in one query: a fact
        /// told by a thousand articles is compared through its last few, which keeps each arrival's
        /// cost from growing with the story. The columns come first, the fact id last.
        /// </summary>
        public List<(string Fact, T Source)> Sources<T>(string key, string table, string columns, Func<DbDataReader, T> read) =>
            connection.Query(
                transaction,
                $"""
                SELECT {columns}, r.fact_id FROM (
                    SELECT fs.fact_id, fs.article_id, fs.ordinal, ROW_NUMBER() OVER (PARTITION BY fs.fact_id ORDER BY a.seq DESC) AS recent
                    FROM facts f JOIN fact_sources fs ON fs.fact_id = f.id JOIN articles a ON a.id = fs.article_id
                    WHERE f.match_key = @k) r
                JOIN {table} x ON x.article_id = r.article_id AND x.ordinal = r.ordinal
                WHERE r.recent <= {ComparedSources}
                """,
                row => (row.GetString(row.FieldCount - 1), read(row)),
                ("@k", key));

        public void Join<T>(string kind, string key, int ordinal, string label, Func<string, List<(string Fact, T Source)>> sources, Func<T, bool> matches)
        {
            var fact = sources(key)
                .Where(s => matches(s.Source))
                .Select(s => s.Fact)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (fact is null)
            {
                fact = $"{kind}-{articleId[..12]}-{ordinal}";
                connection.Execute(transaction, "INSERT INTO facts (id, kind, match_key, label) VALUES (@f, @kind, @k, @label)", ("@f", fact), ("@kind", kind), ("@k", key), ("@label", label));
            }

            connection.Execute(transaction, "INSERT INTO fact_sources (fact_id, article_id, ordinal) VALUES (@f, @a, @o)", ("@f", fact), ("@a", articleId), ("@o", ordinal));
        }
    }
}
