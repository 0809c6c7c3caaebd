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
        LIMIT 1
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
    /// Claims a row and keeps its lock while the article is extracted and stored: other workers
    /// skip it, and if this process dies the lock goes with its connection and the row is pending again.
    /// </summary>
    public static QueueOutcome? ProcessNext(DbConnection connection, DbTransaction transaction, string worker, Func<ArticleSource, ExtractionRecord> extract, Func<ExtractionRecord, IngestOutcome> store)
    {
        var claimed = connection.Query(
            transaction,
            Claim,
            row => (Id: row.GetInt64(0), Source: new ArticleSource(row.GetString(1), row.GetString(2), Enum.Parse<RawFormat>(row.GetString(3)), SourceHints.None)))
            .FirstOrDefault();
        if (claimed.Source is null)
        {
            return null;
        }

        QueueOutcome? outcome = null;
        string? articleId = null;
        ExtractionRecord? record = null;
        try
        {
            record = extract(claimed.Source);
        }
        catch (Exception error)
        {
            // A pipeline bug on one article must not stop the worker: the row keeps the reason.
            outcome = new QueueOutcome(claimed.Source.Location, null, $"{claimed.Source.Location}: extraction failed ({error.GetType().Name}: {error.Message})");
        }

        if (record is not null)
        {
            // Not inside the catch: a failure while storing rolls the whole claim back.
            articleId = ArticleIds.Of(record);
            outcome = new QueueOutcome(claimed.Source.Location, store(record), null);
        }

        connection.Execute(
            transaction,
            "UPDATE ingest_queue SET state = @state, article_id = @a, error = @e, worker = @w, finished_at = now() WHERE id = @id",
            ("@state", outcome!.Error is null ? "done" : "failed"), ("@a", articleId), ("@e", outcome.Error), ("@w", worker), ("@id", claimed.Id));
        return outcome;
    }
}
