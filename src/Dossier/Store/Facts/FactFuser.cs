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
                    fact => connection.Query(transaction, SourcesOf("quotes", "x.text"), row => row.GetString(0), ("@f", fact)).Exists(other => Overlaps(words, QuoteWords(other))));
            }
        }

        for (var i = 0; i < record.Events.Count; i++)
        {
            var e = record.Events[i];
            fuse.Join("event", $"event|{e.Type}|{e.Actor}|{e.Target}", i, $"{e.Type} {e.Actor ?? "?"} → {e.Target ?? "?"}",
                fact => connection.Query(transaction, SourcesOf("events", "x.happened"), row => row.NullableString(0), ("@f", fact)).Exists(when => TimexDates.Compatible(when, e.When)));
        }

        for (var i = 0; i < record.Transfers.Count; i++)
        {
            var t = record.Transfers[i];
            fuse.Join("transfer", $"transfer|{t.Supplier}|{t.Recipient}", i, $"{t.Supplier ?? "?"} → {t.Recipient ?? "?"}: {string.Join(", ", t.Items)}",
                fact => TransferSources(connection, transaction, fact).Exists(other => SameShipment(t, other)));
        }
    }

    private static string SourcesOf(string table, string columns) =>
        $"SELECT {columns} FROM fact_sources fs JOIN {table} x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal WHERE fs.fact_id = @f";

    private static List<(string? From, string? To, HashSet<string> Items)> TransferSources(DbConnection connection, DbTransaction transaction, string fact) =>
        connection.Query(
            transaction,
            SourcesOf("transfers", "x.period_from, x.period_to, x.article_id, x.ordinal"),
            row => (row.NullableString(0), row.NullableString(1), row.GetString(2), row.GetInt32(3)),
            ("@f", fact))
        .Select(s => (s.Item1, s.Item2, connection.Query(
                transaction,
                "SELECT item FROM transfer_items WHERE article_id = @a AND ordinal = @o",
                row => row.GetString(0),
                ("@a", s.Item3), ("@o", s.Item4)).ToHashSet(StringComparer.Ordinal)))
        .ToList();

    private static bool SameShipment(TransferRecord transfer, (string? From, string? To, HashSet<string> Items) other) =>
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

    /// <summary>Adds one source to the first matching fact of its key, or to a new fact.</summary>
    private sealed class Fusion(DbConnection connection, DbTransaction transaction, string articleId)
    {
        public void Join(string kind, string key, int ordinal, string label, Func<string, bool> matches)
        {
            var fact = connection.Query(transaction, "SELECT id FROM facts WHERE match_key = @k ORDER BY id", row => row.GetString(0), ("@k", key))
                .FirstOrDefault(matches);
            if (fact is null)
            {
                fact = $"{kind}-{articleId[..12]}-{ordinal}";
                connection.Execute(transaction, "INSERT INTO facts (id, kind, match_key, label) VALUES (@f, @kind, @k, @label)", ("@f", fact), ("@kind", kind), ("@k", key), ("@label", label));
            }

            connection.Execute(transaction, "INSERT INTO fact_sources (fact_id, article_id, ordinal) VALUES (@f, @a, @o)", ("@f", fact), ("@a", articleId), ("@o", ordinal));
        }
    }
}
