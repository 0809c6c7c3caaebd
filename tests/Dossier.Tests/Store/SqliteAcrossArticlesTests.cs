using Microsoft.Data.Sqlite;
using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>The work across articles on a real SQLite file.</summary>
public sealed class SqliteAcrossArticlesTests : StoreAcrossArticlesTests, IDisposable
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "dossier.db");

    protected override IArticleStore Open() => ArticleStore.OpenSqlite(DbPath);

    protected override void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The tests' own statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    protected override void RefuseMentionsOf(string entityId) =>
        Execute($"CREATE TRIGGER refused BEFORE INSERT ON mentions WHEN NEW.entity_id = '{entityId}' BEGIN SELECT RAISE(ABORT, 'mention refused'); END");

    public void Dispose() => folder.Dispose();
}
