using Dossier.Store.Sqlite;

namespace Dossier.Store;

/// <summary>Opens a store by where it lives.</summary>
public static class ArticleStore
{
    public static IArticleStore OpenSqlite(string path) => OpenSqlite(path, SqliteStoreOptions.Default);

    public static IArticleStore OpenSqlite(string path, SqliteStoreOptions options) => SqliteArticleStore.Open(path, options);
}
