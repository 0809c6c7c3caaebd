using Dossier.Store;
using Dossier.Store.Facts;
using Dossier.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

/// <summary>Reading facts by id from a real SQLite store, with more ids than a statement takes parameters.</summary>
public sealed class SqliteFactReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void More_ids_than_a_statement_takes_are_read_in_slices()
    {
        var path = Path.Combine(folder.Path, "dossier.db");
        using (var store = ArticleStore.OpenSqlite(path))
        {
            store.Add(StoreRecords.Extract(StoreRecords.KirbyEn, "kirby.txt"));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var stored = connection.Query(null, "SELECT id FROM facts ORDER BY id", row => row.GetString(0));
        Assert.NotEmpty(stored);
        // SQLite refuses a statement with more than 32 766 parameters: a whole store's facts are more.
        var unknown = Enumerable.Range(0, 40_000).Select(i => $"fact-unknown-{i}");
        List<string> asked = [.. unknown.Take(20_000), .. stored, .. unknown.Skip(20_000)];

        var facts = FactReader.Load(connection, asked);

        Assert.Equal(stored, facts.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.All(facts, f => Assert.NotEmpty(f.Sources));
        Assert.Empty(ContradictionFinder.Reasons(connection, asked));
    }
}
