using System.Data.Common;
using Dossier.Articles;
using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Postgres;

/// <summary>The ingest queue of migration 0004: rows claimed with FOR UPDATE SKIP LOCKED.</summary>
internal static class PostgresQueue
{
    private const string Claim = """
        SELECT id, location, raw, format FROM ingest_queue
        WHERE state = 'pending'
        ORDER BY id
        LIMIT @max
        FOR UPDATE SKIP LOCKED
        """;

    public static void Enqueue(DbConnection connection, ArticleSource source) =>
        connection.Execute(
            null,
            "INSERT INTO ingest_queue (location, raw, format) VALUES (@l, @r, @f)",
            ("@l", source.Location), ("@r", source.Raw), ("@f", source.Format.ToString()));

    public static long CountPending(DbConnection connection) =>
        connection.Scalar<long>(null, "SELECT COUNT(*) FROM ingest_queue WHERE state = 'pending'");

    /// <summary>
    /// Claims rows and keeps their locks while the articles are extracted and stored: other workers
    /// skip them, and if this process dies the locks go with its connection and the rows are pending again.
    /// </summary>
    /// <param name="store">Stores the records extracted, in the caller's transaction.</param>
    public static List<QueueOutcome> ProcessBatch(
        DbConnection connection, DbTransaction transaction, string worker, int max,
        Func<ArticleSource, ExtractionRecord> extract, Func<IReadOnlyList<ExtractionRecord>, IReadOnlyList<IngestOutcome>> store)
    {
        var claimed = connection.Query(
            transaction,
            Claim,
            row => (Id: row.GetInt64(0), Source: new ArticleSource(row.GetString(1), row.GetString(2), Enum.Parse<RawFormat>(row.GetString(3)), SourceHints.None)),
            ("@max", max));
        var extracted = claimed.Select(c => (c.Id, c.Source, Result: Extract(c.Source, extract))).ToList();
        // Not inside a catch: a failure while storing rolls the whole batch back.
        var stored = new Queue<IngestOutcome>(store([.. extracted.Where(e => e.Result.Record is not null).Select(e => e.Result.Record!)]));

        var outcomes = new List<QueueOutcome>(extracted.Count);
        foreach (var (id, source, (record, error)) in extracted)
        {
            var outcome = new QueueOutcome(source.Location, record is null ? null : stored.Dequeue(), error);
            connection.Execute(
                transaction,
                "UPDATE ingest_queue SET state = @state, article_id = @a, error = @e, worker = @w, finished_at = now() WHERE id = @id",
                ("@state", error is null ? "done" : "failed"), ("@a", record is null ? null : ArticleIds.Of(record)), ("@e", error), ("@w", worker), ("@id", id));
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private static (ExtractionRecord? Record, string? Error) Extract(ArticleSource source, Func<ArticleSource, ExtractionRecord> extract)
    {
        try
        {
            return (extract(source), null);
        }
        catch (Exception error)
        {
            // A pipeline bug on one article must not stop the worker: the row keeps the reason.
            return (null, $"{source.Location}: extraction failed ({error.GetType().Name}: {error.Message})");
        }
    }
}
