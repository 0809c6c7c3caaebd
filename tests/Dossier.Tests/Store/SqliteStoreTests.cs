using Dossier.Store;
using Dossier.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

/// <summary>The store contract on a real SQLite file in a temporary folder, and what only a file can do wrong.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "dossier.db");

    protected override IArticleStore Open() => ArticleStore.OpenSqlite(DbPath);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_by_name()
    {
        File.WriteAllText(DbPath, "these are notes, not a database; " + new string('x', 4096));

        var error = Assert.Throws<StoreException>(Open);

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Dossier database or is corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_held_too_long_is_reported_by_name()
    {
        using (Open())
        {
        }

        using var holder = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "BEGIN EXCLUSIVE";
        exclusive.ExecuteNonQuery();

        var error = Assert.Throws<StoreException>(() =>
        {
            using var store = ArticleStore.OpenSqlite(DbPath, SqliteStoreOptions.Default with { BusyTimeout = TimeSpan.FromMilliseconds(200) });
            store.Add(StoreRecords.Extract(StoreRecords.ElectionsEn));
        });

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_an_existing_store_applies_no_migration_twice()
    {
        using (Open())
        {
        }

        using var store = Open();
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version";
        using var reader = count.ExecuteReader();
        reader.Read();
        Assert.True(reader.GetInt64(0) >= 1);
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }
}
