using System.Data.Common;
using Dossier.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dossier.Store.Sqlite;

/// <summary>
/// The store in one SQLite file: the default, for one machine. Write-ahead logging lets readers
/// (search, the web page) work while an ingest writes; writers are serialized by SQLite's lock and
/// wait for it up to the busy timeout, after which the error names the file.
/// </summary>
internal sealed class SqliteArticleStore : SqlArticleStore
{
    private const int NotADatabase = 26;
    private const int Corrupt = 11;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int CannotOpen = 14;

    private SqliteArticleStore(SqliteConnection connection, string path, TimeProvider clock)
        : base(connection, path, clock)
    {
    }

    public static SqliteArticleStore Open(string path, SqliteStoreOptions options)
    {
        var full = Path.GetFullPath(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // One connection for the store's life: a pool would keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString());
        var store = new SqliteArticleStore(connection, path, options.Clock);
        try
        {
            store.Guard(() =>
            {
                connection.Open();
                Configure(connection, options.BusyTimeout);
                new SchemaMigrator("Sqlite").Apply(connection, () => connection.BeginTransaction(deferred: false));
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

    private static void Configure(SqliteConnection connection, TimeSpan busyTimeout)
    {
        connection.Execute(null, $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}");
        // A foreign file fails here, on first read, rather than midway through an ingest.
        connection.Scalar<string>(null, "PRAGMA journal_mode = WAL");
        // In WAL mode NORMAL survives a killed process (only a power cut can drop the last commits).
        connection.Execute(null, "PRAGMA synchronous = NORMAL");
        connection.Execute(null, "PRAGMA foreign_keys = ON");
        // Placing an article reads index pages all over the file (buckets, facts, stories): a
        // 64 MiB page cache instead of the default 2 MiB keeps them in memory past 100 000 articles.
        connection.Execute(null, "PRAGMA cache_size = -65536");
    }

    protected override void IndexForSearch(WriteSession db, long seq) => SqliteSearch.Index(db, seq);

    protected override IReadOnlyList<SearchHit> Search(SearchQuery query, IReadOnlyList<string> words) =>
        SqliteSearch.Run(Connection, query, words, ReadHit);

    // Microsoft.Data.Sqlite's non-deferred transaction is BEGIN IMMEDIATE: the write lock is taken
    // at once, so two ingests queue on it instead of deadlocking on a read-to-write upgrade.
    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    protected override StoreException? Explain(DbException error) => error is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            NotADatabase or Corrupt => new StoreException($"{Location}: is not a Dossier database or is corrupt ({sqlite.Message})", error),
            Busy or Locked => new StoreException($"{Location}: is locked by another process (another ingest?); try again when it has finished", error),
            CannotOpen => new StoreException($"{Location}: cannot be opened ({sqlite.Message})", error),
            _ => null,
        }
        : null;
}

/// <summary>How a SQLite store waits for locks and reads the time.</summary>
public sealed record SqliteStoreOptions(TimeSpan BusyTimeout, TimeProvider Clock)
{
    public static SqliteStoreOptions Default { get; } = new(TimeSpan.FromSeconds(30), TimeProvider.System);
}
