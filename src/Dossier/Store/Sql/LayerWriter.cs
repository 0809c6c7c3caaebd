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
        foreach (var entity in entities)
        {
            db.Write(
                // An id named twice in one record is kept once rather than failing the article.
                "INSERT INTO entities (article_id, entity_id, name, type, mentions) VALUES (@a, @e, @name, @type, @n) ON CONFLICT DO NOTHING",
                ("@a", id), ("@e", entity.Id), ("@name", entity.Name), ("@type", entity.Type), ("@n", entity.Mentions.Count));
            foreach (var mention in entity.Mentions)
            {
                db.Write(
                    "INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, text) VALUES (@a, @e, @s, @end, @text)",
                    ("@a", id), ("@e", entity.Id), ("@s", mention.Start), ("@end", mention.End), ("@text", mention.Text));
            }
        }
    }

    private static void WriteQuotes(WriteSession db, string id, IReadOnlyList<QuoteRecord> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            db.Write(
                """
                INSERT INTO quotes (article_id, ordinal, start_offset, end_offset, text, direct, speaker, speaker_id, cue)
                VALUES (@a, @i, @s, @end, @text, @direct, @speaker, @sid, @cue)
                """,
                ("@a", id), ("@i", i), ("@s", q.Start), ("@end", q.End), ("@text", q.Text), ("@direct", q.Direct),
                ("@speaker", q.Speaker), ("@sid", q.SpeakerId), ("@cue", q.Cue));
        }
    }

    private static void WriteEvents(WriteSession db, string id, IReadOnlyList<EventRecord> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            db.Write(
                """
                INSERT INTO events (article_id, ordinal, type, mode, actor, target, happened, place, status, attributed_to, evidence_start, evidence_end)
                VALUES (@a, @i, @type, @mode, @actor, @target, @when, @where, @status, @by, @s, @end)
                """,
                ("@a", id), ("@i", i), ("@type", e.Type), ("@mode", e.Mode), ("@actor", e.Actor), ("@target", e.Target),
                ("@when", e.When), ("@where", e.Where), ("@status", e.Status), ("@by", e.AttributedTo),
                ("@s", e.Evidence.Start), ("@end", e.Evidence.End));
        }
    }

    private static void WriteTransfers(WriteSession db, string id, IReadOnlyList<TransferRecord> transfers)
    {
        for (var i = 0; i < transfers.Count; i++)
        {
            var t = transfers[i];
            db.Write(
                """
                INSERT INTO transfers (article_id, ordinal, supplier, recipient, quantity_value, quantity_approx, quantity_max, quantity_unit, period_from, period_to, status, evidence_start, evidence_end)
                VALUES (@a, @i, @supplier, @recipient, @value, @approx, @max, @unit, @from, @to, @status, @s, @end)
                """,
                ("@a", id), ("@i", i), ("@supplier", t.Supplier), ("@recipient", t.Recipient),
                ("@value", t.Quantity?.Value), ("@approx", t.Quantity?.Approx), ("@max", t.Quantity?.ValueMax), ("@unit", t.Quantity?.Unit),
                ("@from", t.Period?.From), ("@to", t.Period?.To), ("@status", t.Status),
                ("@s", t.Evidence.Count > 0 ? t.Evidence[0].Start : null), ("@end", t.Evidence.Count > 0 ? t.Evidence[0].End : null));
            foreach (var item in t.Items.Distinct(StringComparer.Ordinal))
            {
                db.Write(
                    "INSERT INTO transfer_items (article_id, ordinal, item) VALUES (@a, @i, @item)",
                    ("@a", id), ("@i", i), ("@item", item));
            }
        }
    }
}
