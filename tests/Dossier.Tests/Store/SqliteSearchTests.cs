using Dossier.Store;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

/// <summary>The search contract on a real SQLite file.</summary>
public sealed class SqliteSearchTests : StoreSearchTests, IDisposable
{
    private readonly TempFolder folder = new();

    protected override IArticleStore Open() => ArticleStore.OpenSqlite(Path.Combine(folder.Path, "dossier.db"));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_index_holds_each_article_as_its_content_view_reads_it()
    {
        using (var store = Open())
        {
            store.Add(StoreRecords.Extract(StoreRecords.KirbyEn, "kirby.txt"));
            store.Add(StoreRecords.Extract(StoreRecords.LivraisonsFr, "seoul.txt"));
        }

        // FTS5 compares its index with the content it reads (the view, facets included): an article
        // indexed before its entities were written would fail here.
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "dossier.db")};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)";
        check.ExecuteNonQuery();
    }
}
