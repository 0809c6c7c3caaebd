using System.Data.Common;
using Dossier.Articles;
using Dossier.Records;
using Dossier.Store.Sql;
using Npgsql;

namespace Dossier.Store.Postgres;

/// <summary>
/// The store in a PostgreSQL database, for several machines sharing the work. Writers hold one
/// advisory lock while they place a batch of articles among the others (copies, stories, facts),
/// so two workers never both open a story for the same news; extraction itself runs in parallel.
/// </summary>
internal sealed class PostgresArticleStore : SqlArticleStore, IIngestQueue
{
    /// <summary>The advisory lock every writer of a Dossier store takes ("DOSSIER" in ASCII).</summary>
    private const long WriterLock = 0x444F5353494552;

    private PostgresArticleStore(NpgsqlConnection connection, string location, TimeProvider clock)
        : base(connection, location, clock)
    {
    }

    public static PostgresArticleStore Open(string location, TimeProvider clock)
    {
        var builder = PostgresLocation.Parse(location);
        if (builder.MaxAutoPrepare == 0)
        {
            // The store runs the same statements for every article (about 80 texts, counting each
            // row count of a multi-row insert): let the connection prepare them once instead of
            // having the server plan each again.
            builder.MaxAutoPrepare = 128;
        }

        var connection = new NpgsqlConnection(builder.ConnectionString);
        var store = new PostgresArticleStore(connection, PostgresLocation.Describe(builder), clock);
        try
        {
            store.Guard(() =>
            {
                connection.Open();
                new SchemaMigrator("Postgres").Apply(connection, store.BeginWrite);
                return true;
            });
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    public void Enqueue(ArticleSource source) => Guard(() =>
    {
        PostgresQueue.Enqueue(Connection, source);
        return true;
    });

    public long CountPending() => Guard(() => PostgresQueue.CountPending(Connection));

    public IReadOnlyList<QueueOutcome> ProcessBatch(string worker, int max, Func<ArticleSource, ExtractionRecord> extract) => Guard(() =>
    {
        using var transaction = Connection.BeginTransaction();
        var outcomes = PostgresQueue.ProcessBatch(Connection, transaction, worker, max, extract, records =>
        {
            if (records.Count == 0)
            {
                return [];
            }

            // Extraction ran unlocked, in parallel with other workers; placing the articles does not.
            TakeWriterLock(transaction);
            return [.. records.Select(record => AddWithin(transaction, record))];
        });
        transaction.Commit();
        Grown();
        return (IReadOnlyList<QueueOutcome>)outcomes;
    });

    /// <summary>Below this many articles every lookup is quick whatever the planner believes.</summary>
    private const int AnalyzedFrom = 200;

    /// <summary>The tables that placing an article reads, whose statistics decide how it joins them.</summary>
    private const string PlacingTables =
        "articles, article_signatures, band_entries, paragraph_origins, term_articles, stories, story_entities, story_terms, facts, fact_recent, fact_sources, quotes, events, transfers, transfer_items";

    // A fresh store has no statistics until autovacuum comes round (a minute or more later), and
    // without them the planner joins a fact's latest sources by scanning whole tables: 3-10 ms
    // instead of 0.3 ms for every statement fused, which made most of the server's time. So a store
    // the planner believes less than half its size is analyzed after the batch: a few times while
    // a fresh store grows, no more once autovacuum keeps up.
    protected override void Grown()
    {
        var (believed, stored) = Connection.Query(
            null,
            "SELECT c.reltuples, (SELECT COALESCE(MAX(seq), 0) FROM articles) FROM pg_class c WHERE c.oid = 'articles'::regclass",
            row => (Believed: row.GetFloat(0), Stored: row.GetInt64(1)))[0];
        if (stored >= AnalyzedFrom && stored > 2 * believed)
        {
            Connection.Execute(null, $"ANALYZE {PlacingTables}");
        }
    }

    protected override DbTransaction BeginWrite()
    {
        var transaction = Connection.BeginTransaction();
        TakeWriterLock(transaction);
        return transaction;
    }

    private void TakeWriterLock(DbTransaction transaction) =>
        Connection.Execute(transaction, "SELECT pg_advisory_xact_lock(@lock)", ("@lock", WriterLock));

    protected override StoreException? Explain(DbException error) => error switch
    {
        PostgresException { SqlState: "3D000" } => new StoreException($"{Location}: no such database", error),
        PostgresException { SqlState: "28P01" or "28000" } => new StoreException($"{Location}: the server refused the login ({error.Message})", error),
        PostgresException { SqlState: "42501" } => new StoreException($"{Location}: permission denied ({error.Message})", error),
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException } =>
            new StoreException($"{Location}: cannot reach the server ({error.InnerException!.Message})", error),
        _ => null,
    };

    // The vector is filled by the trigger on articles: it needs only the article's own text.
    protected override void IndexForSearch(WriteSession db, long seq)
    {
    }

    protected override IReadOnlyList<SearchHit> Search(SearchQuery query, IReadOnlyList<string> words) =>
        PostgresSearch.Run(Connection, query, words, ReadHit);
}
