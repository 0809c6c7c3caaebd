using Dossier.Records;
using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>
/// What every store provider must do, run against a real database of each kind (see the derived
/// classes). Each test opens its own empty store.
/// </summary>
public abstract class StoreContractTests
{
    /// <summary>Opens the test's store; a second call reopens the same one.</summary>
    protected abstract IArticleStore Open();

    [SkippableFact]
    public void A_stored_article_comes_back_with_its_record()
    {
        var record = StoreRecords.Extract(StoreRecords.KirbyEn, "kirby.txt");
        using var store = Open();

        Assert.Equal(IngestOutcome.Stored, store.Add(record));

        var id = ArticleIds.Of(record);
        Assert.True(store.Contains(id));
        var found = store.Find(id);
        Assert.NotNull(found);
        Assert.Equal(RecordSerializer.Serialize(record), RecordSerializer.Serialize(found));
    }

    [SkippableFact]
    public void A_stored_transfer_keeps_its_legs_and_their_modes()
    {
        var record = StoreRecords.Extract(StoreRecords.RouteEn, "route.txt");
        using var store = Open();
        store.Add(record);

        var found = store.Find(ArticleIds.Of(record));

        var legs = Assert.Single(found!.Transfers).Legs;
        Assert.Equal(["sea", "rail"], legs!.Select(l => l.Mode));
        Assert.Equal(found.Transfers[0].Route.Skip(1), legs!.Select(l => l.To));
    }

    [SkippableFact]
    public void The_same_cleaned_text_is_stored_once()
    {
        var first = StoreRecords.Extract(StoreRecords.KirbyEn, "a/kirby.txt");
        var again = StoreRecords.Extract(StoreRecords.KirbyEn, "b/kirby-copy.txt");
        using var store = Open();

        Assert.Equal(IngestOutcome.Stored, store.Add(first));
        Assert.Equal(IngestOutcome.AlreadyStored, store.Add(again));

        Assert.Equal(1, store.CountArticles());
        Assert.Equal("a/kirby.txt", store.Find(ArticleIds.Of(first))!.Source);
    }

    [SkippableFact]
    public void Articles_survive_closing_and_reopening_the_store()
    {
        using (var store = Open())
        {
            store.Add(StoreRecords.Extract(StoreRecords.KirbyEn));
            store.Add(StoreRecords.Extract(StoreRecords.LivraisonsFr));
        }

        using var reopened = Open();
        Assert.Equal(2, reopened.CountArticles());
        Assert.Equal(IngestOutcome.AlreadyStored, reopened.Add(StoreRecords.Extract(StoreRecords.LivraisonsFr)));
    }

    [SkippableFact]
    public void An_unknown_id_is_not_found()
    {
        using var store = Open();
        Assert.False(store.Contains("0000"));
        Assert.Null(store.Find("0000"));
    }
}
