using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>Full-text search, part of the store contract: every provider folds accents, stems and filters alike.</summary>
public abstract class StoreSearchTests
{
    protected abstract IArticleStore Open();

    private IArticleStore OpenWithArticles()
    {
        var store = Open();
        store.Add(StoreRecords.Extract(StoreRecords.KirbyEn, "kirby.txt"));
        store.Add(StoreRecords.Extract(StoreRecords.LivraisonsFr, "seoul.txt"));
        store.Add(StoreRecords.Extract(StoreRecords.ElectionsEn, "lisbon.txt"));
        return store;
    }

    private static List<string> Sources(IEnumerable<SearchHit> hits) => hits.Select(h => h.Source).Order(StringComparer.Ordinal).ToList();

    [SkippableFact]
    public void Accents_and_case_are_ignored()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["seoul.txt"], Sources(store.Search(new SearchQuery("SEOUL frontiere"))));
    }

    [SkippableFact]
    public void A_singular_finds_the_plural()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["seoul.txt"], Sources(store.Search(new SearchQuery("livraison d'obus"))));
        Assert.Equal(["kirby.txt"], Sources(store.Search(new SearchQuery("container"))));
    }

    [SkippableFact]
    public void Every_word_must_occur()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["kirby.txt"], Sources(store.Search(new SearchQuery("Russia containers"))));
        Assert.Empty(store.Search(new SearchQuery("Russia elections")));
    }

    [SkippableFact]
    public void The_snippet_marks_the_words_found()
    {
        using var store = OpenWithArticles();
        var hit = Assert.Single(store.Search(new SearchQuery("Kirby")));
        Assert.Contains("[Kirby]", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("2023-10-13", hit.Published);
    }

    [SkippableFact]
    public void Filters_keep_a_language_an_entity_and_a_date_range()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["kirby.txt", "lisbon.txt"], Sources(store.Search(new SearchQuery("said", Language: "en"))));
        Assert.Equal(["seoul.txt"], Sources(store.Search(new SearchQuery("Russie", EntityId: "KOR"))));
        Assert.Empty(store.Search(new SearchQuery("Russia", EntityId: "KOR")));
        Assert.Equal(["lisbon.txt"], Sources(store.Search(new SearchQuery("said", From: "2024"))));
        Assert.Equal(["kirby.txt"], Sources(store.Search(new SearchQuery("said", To: "2023-10-13"))));
        Assert.Equal(["kirby.txt", "seoul.txt"], Sources(store.Search(new SearchQuery("2023", From: "2023-10", To: "2023-10"))));
    }

    [SkippableFact]
    public void A_date_range_may_span_years()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["kirby.txt", "lisbon.txt"], Sources(store.Search(new SearchQuery("said", From: "2023-10-13", To: "2024-12"))));
        Assert.Equal(["kirby.txt"], Sources(store.Search(new SearchQuery("said", From: "2020", To: "2023"))));
    }

    [SkippableFact]
    public void An_entity_filter_keeps_that_id_only_not_the_ids_it_begins()
    {
        using var store = OpenWithArticles();
        Assert.Empty(store.Search(new SearchQuery("Russie", EntityId: "KO")));
        Assert.Empty(store.Search(new SearchQuery("Russie", EntityId: "KORE")));
    }

    [SkippableFact]
    public void What_the_index_keeps_for_filters_is_not_found_as_words()
    {
        using var store = OpenWithArticles();
        Assert.Empty(store.Search(new SearchQuery("y2023")));
        // "e" and the hex of "KOR", the spelling of an entity among the facets.
        Assert.Empty(store.Search(new SearchQuery("e4B4F52")));
    }

    [SkippableFact]
    public void A_story_filter_keeps_that_story_s_articles()
    {
        using var store = OpenWithArticles();
        var lisbon = store.Stories().Single(s => s.Label.Contains("Portugal", StringComparison.Ordinal)).Id;

        Assert.Equal(["lisbon.txt"], Sources(store.Search(new SearchQuery("said", StoryId: lisbon))));
    }

    [SkippableFact]
    public void Search_syntax_in_the_query_is_taken_as_words()
    {
        using var store = OpenWithArticles();
        Assert.Equal(["kirby.txt"], Sources(store.Search(new SearchQuery("\"Kirby\" -(containers*"))));
        Assert.Empty(store.Search(new SearchQuery("!!! ???")));
    }
}
