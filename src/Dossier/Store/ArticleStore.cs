using Dossier.Store.Postgres;
using Dossier.Store.Sqlite;

namespace Dossier.Store;

/// <summary>Opens a store by where it lives: a postgresql:// URL, or else a SQLite file.</summary>
public static class ArticleStore
{
    public static IArticleStore Open(string location) =>
        PostgresLocation.IsPostgres(location) ? OpenPostgres(location) : OpenSqlite(location);

    public static IArticleStore OpenSqlite(string path) => OpenSqlite(path, SqliteStoreOptions.Default);

    public static IArticleStore OpenSqlite(string path, SqliteStoreOptions options) => SqliteArticleStore.Open(path, options);

    /// <summary>Opens a PostgreSQL store from a postgresql:// URL or an Npgsql connection string.</summary>
    public static IArticleStore OpenPostgres(string location) => PostgresArticleStore.Open(location, TimeProvider.System);
}
