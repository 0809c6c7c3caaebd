using Dossier.Store;
using Dossier.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

/// <summary>The entity totals a real SQLite store keeps as entity rows arrive, read by the entity list and the map.</summary>
public sealed class SqliteEntityTotalsTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "dossier.db");

    public void Dispose() => folder.Dispose();

    private void StoreArticles()
    {
        using var store = ArticleStore.OpenSqlite(DbPath);
        store.Add(StoreRecords.Extract(StoreRecords.KirbyEn, "kirby.txt"));
        store.Add(StoreRecords.Extract(StoreRecords.LivraisonsFr, "seoul.txt"));
        store.Add(StoreRecords.Extract(StoreRecords.ElectionsEn, "lisbon.txt"));
        // The same person under the name a machine translation gave him.
        store.Add(new RecordBuilder("jean.txt", "2023-10-15", "fr", "Jean Kirby a parlé aux journalistes.")
            .Entity("local:john-kirby", "Jean Kirby", "PERSON", "Jean Kirby")
            .Build());
    }

    private List<(string Id, long Articles, long Mentions)> Counted()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id, COUNT(*), SUM(mentions) FROM entities GROUP BY entity_id";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return [.. rows.Order()];
    }

    private List<(string Id, long Articles, long Mentions)> Listed() =>
        [.. StoreQueries.OpenSqlite(DbPath).Entities(new EntityFilter(), new PageRequest(0, 500)).Items.Select(e => (e.Id, e.Articles, e.Mentions)).Order()];

    [Fact]
    public void The_store_wide_list_has_the_counts_of_the_entity_rows()
    {
        StoreArticles();

        var counted = Counted();
        Assert.True(counted.Count > 5);
        Assert.Equal(counted, Listed());
    }

    [Fact]
    public void An_entity_stored_under_two_names_is_found_by_either()
    {
        StoreArticles();
        var queries = StoreQueries.OpenSqlite(DbPath);

        var kirby = queries.Entity("local:john-kirby");
        Assert.NotNull(kirby);
        Assert.Equal(2, kirby.Articles);
        Assert.Equal("local:john-kirby", Assert.Single(queries.Entities(new EntityFilter(Name: "john"), new PageRequest()).Items).Id);
        Assert.Equal("local:john-kirby", Assert.Single(queries.Entities(new EntityFilter(Name: "jean"), new PageRequest()).Items).Id);
    }

    [Fact]
    public void A_store_from_before_the_totals_gets_them_from_its_rows()
    {
        StoreArticles();
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var undo = connection.CreateCommand();
            undo.CommandText = "DROP TRIGGER entities_into_totals; DROP TABLE entity_totals; DELETE FROM schema_version WHERE version = 11";
            undo.ExecuteNonQuery();
        }

        using (ArticleStore.OpenSqlite(DbPath))
        {
        }

        Assert.Equal(Counted(), Listed());
    }
}
