using System.Globalization;
using Dossier.Records;
using Dossier.Store.Queries;

namespace Dossier.Web.Exports;

/// <summary>
/// Tables of transfers, quotes and events as RFC 4180 CSV: a header row, comma-separated fields,
/// double quotes around a field holding a comma, a quote or a line break, quotes doubled, CRLF rows.
/// Lists inside a field (items, route, legs, sources) are joined with "; ".
/// </summary>
internal static class CsvExport
{
    public static readonly string[] TransferColumns =
    [
        "article_id", "source", "published", "ordinal", "supplier", "supplier_name", "recipient", "recipient_name", "items",
        "quantity_value", "quantity_approx", "quantity_max", "quantity_unit", "period_from", "period_to", "route", "legs", "modes", "status",
        "attributed_to", "evidence_start", "evidence_end", "evidence_text",
    ];

    public static readonly string[] QuoteColumns =
        ["article_id", "source", "published", "ordinal", "speaker", "speaker_id", "direct", "cue", "start", "end", "text"];

    public static readonly string[] EventColumns =
    [
        "article_id", "source", "published", "ordinal", "type", "mode", "actor", "actor_name", "target", "target_name", "when", "where",
        "status", "attributed_to", "evidence_start", "evidence_end", "evidence_text",
    ];

    public static long Write(CsvTable table, IEnumerable<ExtractionRecord> records, Stream output)
    {
        using var writer = new StreamWriter(output, Exporter.Utf8, leaveOpen: true);
        var (columns, rows) = table switch
        {
            CsvTable.Transfers => (TransferColumns, records.SelectMany(Transfers)),
            CsvTable.Quotes => (QuoteColumns, records.SelectMany(Quotes)),
            _ => (EventColumns, records.SelectMany(Events)),
        };
        WriteRow(writer, columns);
        long count = 0;
        foreach (var row in rows)
        {
            WriteRow(writer, row);
            count++;
        }

        return count;
    }

    private static IEnumerable<string?[]> Transfers(ExtractionRecord r) => r.Transfers.Select((t, i) =>
    {
        var first = t.Evidence.Count > 0 ? t.Evidence[0] : null;
        return new[]
        {
            ArticleId(r), r.Source, r.Published, Number(i), t.Supplier, NameOf(r, t.Supplier), t.Recipient, NameOf(r, t.Recipient),
            string.Join("; ", t.Items), Number(t.Quantity?.Value), t.Quantity?.Approx, Number(t.Quantity?.ValueMax), t.Quantity?.Unit,
            t.Period?.From, t.Period?.To, string.Join("; ", t.Route), Legs(t), Modes(t), t.Status, string.Join("; ", t.AttributedTo),
            Number(first?.Start), Number(first?.End), first is null ? null : Slice(r.Text, first.Start, first.End),
        };
    });

    private static IEnumerable<string?[]> Quotes(ExtractionRecord r) => r.Quotes.Select((q, i) => new[]
    {
        ArticleId(r), r.Source, r.Published, Number(i), q.Speaker, q.SpeakerId, q.Direct ? "true" : "false", q.Cue,
        Number(q.Start), Number(q.End), q.Text,
    });

    private static IEnumerable<string?[]> Events(ExtractionRecord r) => r.Events.Select((e, i) => new[]
    {
        ArticleId(r), r.Source, r.Published, Number(i), e.Type, e.Mode, e.Actor, NameOf(r, e.Actor), e.Target, NameOf(r, e.Target),
        e.When, e.Where, e.Status, e.AttributedTo, Number(e.Evidence.Start), Number(e.Evidence.End), Slice(r.Text, e.Evidence.Start, e.Evidence.End),
    });

    // "FROM > TO (mode)" per leg, "?" for an origin not stated, no mode when none is: a
    // spreadsheet reads how each leg was travelled without parsing JSON.
    private static string Legs(TransferRecord transfer) => string.Join("; ", RouteLeg.Of(transfer).Select(leg =>
        $"{leg.From ?? "?"} > {leg.To}" + (leg.Mode is { } mode ? $" ({mode})" : "")));

    // The modes in the order travelled, each once, so a column filter finds every shipment by rail.
    private static string Modes(TransferRecord transfer) =>
        string.Join("; ", RouteLeg.Of(transfer).Select(leg => leg.Mode).OfType<string>().Distinct(StringComparer.Ordinal));

    internal static string ArticleId(ExtractionRecord record) => Store.ArticleIds.Of(record);

    internal static string? NameOf(ExtractionRecord record, string? id) =>
        id is null ? null : record.Entities.FirstOrDefault(e => e.Id == id)?.Name;

    internal static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void WriteRow(StreamWriter writer, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Field(fields[i]));
        }

        writer.Write("\r\n");
    }

    private static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
