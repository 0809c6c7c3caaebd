using Dossier.Store;
using Dossier.Store.Queries;

namespace Dossier.Tests.Store;

/// <summary>The lists of quotes and events the web page reads from a real SQLite store: their filters and pages.</summary>
public sealed class SqliteFactListTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "dossier.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_quote_is_about_its_speaker_and_what_its_words_mention_not_the_rest_of_its_article()
    {
        using (var store = ArticleStore.OpenSqlite(DbPath))
        {
            store.Add(new RecordBuilder("kirby.txt", "2023-10-13", "en", "Kirby said \"Pyongyang sent shells\" while Moscow denied it.")
                .Entity("local:john-kirby", "John Kirby", "PERSON", "Kirby")
                .Entity("PRK", "North Korea", "GPE", "Pyongyang")
                .Entity("RUS", "Russia", "GPE", "Moscow")
                .Quote("Pyongyang sent shells", "John Kirby", "local:john-kirby")
                .Build());
        }

        var queries = StoreQueries.OpenSqlite(DbPath);
        int Count(string entity) => queries.Quotes(new FactFilter(EntityId: entity), new PageRequest()).Items.Count;

        Assert.Equal((1, 1, 0), (Count("local:john-kirby"), Count("PRK"), Count("RUS")));
    }

    [Fact]
    public void Pages_of_events_follow_one_another_in_date_order()
    {
        using (var store = ArticleStore.OpenSqlite(DbPath))
        {
            string[] days = ["2023-10-05", "2023-09-01", "2023-10-20", "2023-08-15", "2023-10-01"];
            foreach (var (day, i) in days.Select((d, i) => (d, i)))
            {
                store.Add(new RecordBuilder($"a{i}.txt", "2023-11-01", "en", $"Report {i}: Russia accused Ukraine.")
                    .Entity("RUS", "Russia", "GPE", "Russia")
                    .Event("ACCUSE", "RUS", "UKR", day, "asserted", "Russia accused Ukraine")
                    .Build());
            }
        }

        var queries = StoreQueries.OpenSqlite(DbPath);
        var pages = Enumerable.Range(0, 3).SelectMany(p => queries.Events(new FactFilter(), new PageRequest(p * 2, 2)).Items).Select(e => e.When).ToList();

        Assert.Equal(["2023-08-15", "2023-09-01", "2023-10-01", "2023-10-05", "2023-10-20"], pages);
        Assert.Equal(5, queries.Events(new FactFilter(), new PageRequest(0, 2)).Total);
        Assert.Equal("Russia", queries.Events(new FactFilter(), new PageRequest(0, 1)).Items[0].ActorName);
    }
}
