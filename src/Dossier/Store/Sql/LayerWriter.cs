using Dossier.Records;

namespace Dossier.Store.Sql;

/// <summary>Writes an article's row and the normalized rows of its layers, inside the caller's transaction.</summary>
internal static class LayerWriter
{
    // ON CONFLICT DO NOTHING is SQLite's INSERT OR IGNORE in the spelling PostgreSQL shares: the
    // hash of the text is the key, so a second copy of the same text changes nothing.
    private const string InsertArticle = """
        INSERT INTO articles (id, source, title, published, language, text, record, ingested_at)
        VALUES (@id, @source, @title, @published, @language, @text, @record, @at)
        ON CONFLICT (id) DO NOTHING
        RETURNING seq
        """;

    /// <summary>Inserts the article and returns its arrival order; null when the same text was already stored (nothing else is written then).</summary>
    public static long? TryInsertArticle(WriteSession db, string id, ExtractionRecord record, DateTimeOffset now) =>
        db.Query(
            InsertArticle,
            row => row.GetInt64(0),
            ("@id", id),
            ("@source", record.Source),
            ("@title", record.Title),
            ("@published", record.Published),
            ("@language", record.Language),
            ("@text", record.Text),
            ("@record", RecordSerializer.Serialize(record)),
            ("@at", now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture))) is [var seq] ? seq : null;

    public static void WriteLayers(WriteSession db, string id, ExtractionRecord record)
    {
        WriteEntities(db, id, record.Entities);
        WriteQuotes(db, id, record.Quotes);
        WriteEvents(db, id, record.Events);
        WriteTransfers(db, id, record.Transfers);
    }

    private static void WriteEntities(WriteSession db, string id, IReadOnlyList<EntityRecord> entities)
    {
        // An id named twice in one record is kept once rather than failing the article.
        db.WriteRows(
            "INSERT INTO entities (article_id, entity_id, name, type, mentions)",
            "ON CONFLICT DO NOTHING",
            [.. entities.Select(e => new object?[] { id, e.Id, e.Name, e.Type, e.Mentions.Count })]);
        db.WriteRows(
            "INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, text)",
            "",
            [.. entities.SelectMany(e => e.Mentions.Select(m => new object?[] { id, e.Id, m.Start, m.End, m.Text }))]);
    }

    private static void WriteQuotes(WriteSession db, string id, IReadOnlyList<QuoteRecord> quotes) =>
        db.WriteRows(
            "INSERT INTO quotes (article_id, ordinal, start_offset, end_offset, text, direct, speaker, speaker_id, cue)",
            "",
            [.. quotes.Select((q, i) => new object?[] { id, i, q.Start, q.End, q.Text, q.Direct, q.Speaker, q.SpeakerId, q.Cue })]);

    private static void WriteEvents(WriteSession db, string id, IReadOnlyList<EventRecord> events) =>
        db.WriteRows(
            "INSERT INTO events (article_id, ordinal, type, mode, actor, target, happened, place, status, attributed_to, evidence_start, evidence_end)",
            "",
            [.. events.Select((e, i) => new object?[] { id, i, e.Type, e.Mode, e.Actor, e.Target, e.When, e.Where, e.Status, e.AttributedTo, e.Evidence.Start, e.Evidence.End })]);

    private static void WriteTransfers(WriteSession db, string id, IReadOnlyList<TransferRecord> transfers)
    {
        db.WriteRows(
            "INSERT INTO transfers (article_id, ordinal, supplier, recipient, quantity_value, quantity_approx, quantity_max, quantity_unit, period_from, period_to, status, evidence_start, evidence_end)",
            "",
            [.. transfers.Select((t, i) => new object?[]
            {
                id, i, t.Supplier, t.Recipient, t.Quantity?.Value, t.Quantity?.Approx, t.Quantity?.ValueMax, t.Quantity?.Unit,
                t.Period?.From, t.Period?.To, t.Status, t.Evidence.Count > 0 ? t.Evidence[0].Start : null, t.Evidence.Count > 0 ? t.Evidence[0].End : null,
            })]);
        db.WriteRows(
            "INSERT INTO transfer_items (article_id, ordinal, item)",
            "",
            [.. transfers.SelectMany((t, i) => t.Items.Distinct(StringComparer.Ordinal).Select(item => new object?[] { id, i, item }))]);
    }
}
