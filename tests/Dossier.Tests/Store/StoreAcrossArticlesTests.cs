using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>Near-duplicates, stories, fused facts and contradictions: part of the store contract, run on every provider.</summary>
public abstract class StoreAcrossArticlesTests
{
    private static readonly string WireId = ArticleIds.Of(AcrossArticles.Wire());

    /// <summary>Opens the test's store; a second call reopens the same one.</summary>
    protected abstract IArticleStore Open();

    /// <summary>Runs a statement on the test's store behind its back, as an older version of Dossier would have left it.</summary>
    protected abstract void Execute(string sql);

    /// <summary>Makes the store refuse any mention of the entity, as a statement that fails midway through an article.</summary>
    protected abstract void RefuseMentionsOf(string entityId);

    private IArticleStore OpenWithTheWeek()
    {
        var store = Open();
        store.Add(AcrossArticles.Wire());
        store.Add(AcrossArticles.Syndicated());
        store.Add(AcrossArticles.Independent());
        store.Add(AcrossArticles.French());
        store.Add(AcrossArticles.Denial());
        store.Add(AcrossArticles.Unrelated());
        return store;
    }

    private static StoryDetail StoryOf(IArticleStore store, string source) =>
        store.Stories().Select(s => store.Story(s.Id)!).Single(d => d.Articles.Any(a => a.Source == source));

    [SkippableFact]
    public void A_syndicated_copy_points_to_its_original_and_an_independent_report_does_not()
    {
        using var store = OpenWithTheWeek();

        var articles = StoryOf(store, "wire.txt").Articles.ToDictionary(a => a.Source);

        Assert.Equal(WireId, articles["partner.html"].DuplicateOf);
        Assert.Null(articles["wire.txt"].DuplicateOf);
        Assert.Null(articles["daily.txt"].DuplicateOf);
        Assert.Null(articles["monde.txt"].DuplicateOf);
    }

    [SkippableFact]
    public void Reports_of_one_event_in_both_languages_form_one_story_and_an_unrelated_one_its_own()
    {
        using var store = OpenWithTheWeek();

        var stories = store.Stories();

        Assert.Equal(2, stories.Count);
        var korea = StoryOf(store, "wire.txt");
        Assert.Equal(["daily.txt", "kremlin.txt", "monde.txt", "partner.html", "wire.txt"], korea.Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
        Assert.Equal(5, korea.Story.Articles);
        Assert.Equal(4, korea.Story.IndependentArticles);
        Assert.StartsWith("North Korea, Russia", korea.Story.Label, StringComparison.Ordinal);
        Assert.Equal(["lisbon.txt"], StoryOf(store, "lisbon.txt").Articles.Select(a => a.Source));
    }

    [SkippableFact]
    public void Articles_stored_in_one_batch_find_each_other_as_if_stored_one_by_one()
    {
        using var store = Open();

        // One transaction: each article's copy, story and fact lookups must see the rows the
        // articles before it wrote, even those a server store had not sent yet.
        store.AddRange([AcrossArticles.Wire(), AcrossArticles.Syndicated(), AcrossArticles.Independent(), AcrossArticles.French(), AcrossArticles.Denial(), AcrossArticles.Unrelated()]);

        var korea = StoryOf(store, "wire.txt");
        Assert.Equal(WireId, korea.Articles.Single(a => a.Source == "partner.html").DuplicateOf);
        Assert.Equal(["daily.txt", "kremlin.txt", "monde.txt", "partner.html", "wire.txt"], korea.Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
        Assert.Equal(2, store.Stories().Count);
        var transfer = Assert.Single(store.Transfers(supplierId: "PRK"));
        Assert.Equal(["daily.txt", "monde.txt", "partner.html", "wire.txt"], transfer.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        var quote = Assert.Single(store.Facts(), f => f.Kind == "quote");
        Assert.Equal(["daily.txt", "partner.html", "wire.txt"], quote.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_statement_failing_midway_through_a_batch_stores_none_of_it_and_names_the_store_and_the_article()
    {
        using (Open())
        {
        }

        RefuseMentionsOf("geonames:2267057");
        using var store = Open();

        var error = Assert.Throws<StoreException>(() => store.AddRange([AcrossArticles.Wire(), AcrossArticles.Unrelated()]));

        Assert.StartsWith($"{store.Location}: storing article {ArticleIds.Of(AcrossArticles.Unrelated())} from lisbon.txt failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.CountArticles());
        Assert.Empty(store.Stories());
        // Nothing of the failed batch is left waiting to be written with the next one.
        Assert.Equal(IngestOutcome.Stored, store.Add(AcrossArticles.Wire()));
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(["wire.txt"], Assert.Single(store.Transfers(supplierId: "PRK")).Sources.Select(s => s.Source));
    }

    [SkippableFact]
    public void A_story_keeps_its_id_as_articles_arrive()
    {
        using var store = Open();
        store.Add(AcrossArticles.Wire());
        var first = Assert.Single(store.Stories()).Id;

        store.Add(AcrossArticles.Independent());
        store.Add(AcrossArticles.French());

        Assert.Equal(first, Assert.Single(store.Stories()).Id);
        Assert.Equal(3, store.Story(first)!.Articles.Count);
    }

    [SkippableFact]
    public void A_fused_transfer_lists_every_source_and_counts_a_copy_once()
    {
        using var store = OpenWithTheWeek();

        var transfer = Assert.Single(store.Transfers(supplierId: "PRK"));

        Assert.Equal(["daily.txt", "monde.txt", "partner.html", "wire.txt"], transfer.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(3, transfer.IndependentSources);
        Assert.Equal("2023-10-13", transfer.EarliestReport);
        Assert.Equal("2023-09-29", transfer.Date);
        var wire = transfer.Sources.Single(s => s.Source == "wire.txt");
        Assert.Equal("North Korea has sent about a thousand containers of artillery shells to Russia", wire.Excerpt);
        Assert.Empty(store.Transfers(recipientId: "PRK"));
    }

    [SkippableFact]
    public void A_quote_reworded_by_another_outlet_is_the_same_fact()
    {
        using var store = OpenWithTheWeek();

        var quote = Assert.Single(store.Facts(), f => f.Kind == "quote");

        Assert.Equal(["daily.txt", "partner.html", "wire.txt"], quote.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(2, quote.IndependentSources);
    }

    [SkippableFact]
    public void Different_quantities_and_a_denial_are_contradictions()
    {
        using var store = OpenWithTheWeek();

        var contradictions = store.Contradictions();

        Assert.Equal(2, contradictions.Count);
        var quantities = Assert.Single(contradictions, c => c.Fact.Kind == "transfer");
        Assert.Equal("different quantities: 1000 vs 3000 container", quantities.Reason);
        var denial = Assert.Single(contradictions, c => c.Fact.Kind == "event");
        Assert.Equal("denied by one source, asserted by another", denial.Reason);
        Assert.Contains(denial.Fact.Sources, s => s is { Source: "kremlin.txt", Status: "denied" });
    }

    [SkippableFact]
    public void Agreeing_sources_are_no_contradiction()
    {
        using var store = Open();
        store.Add(AcrossArticles.Wire());
        store.Add(AcrossArticles.French());

        Assert.Empty(store.Contradictions());
    }

    [SkippableFact]
    public void The_timeline_orders_facts_by_their_own_dates_and_filters_by_entity()
    {
        using var store = OpenWithTheWeek();

        var timeline = store.Timeline();
        Assert.Equal(timeline.Select(t => t.Date).Order(StringComparer.Ordinal), timeline.Select(t => t.Date));
        Assert.Contains(timeline, t => t is { Date: "2023-09-29", Precision: "day", Fact.Kind: "transfer" });

        var portugal = Assert.Single(store.Timeline(entityId: "PRT"));
        Assert.Equal("2024-03-10", portugal.Date);
        var story = StoryOf(store, "wire.txt").Story.Id;
        Assert.DoesNotContain(store.Timeline(storyId: story), t => t.Fact.Id == portugal.Fact.Id);
    }

    [SkippableFact]
    public void An_article_reprinting_some_paragraphs_of_another_is_a_partial_copy()
    {
        using var store = Open();
        store.Add(AcrossArticles.Wire());
        var piece = Analysis();

        store.Add(piece);

        var copy = Assert.Single(store.PartialCopies(ArticleIds.Of(piece)));
        Assert.Equal((WireId, "wire.txt"), (copy.OriginalId, copy.OriginalSource));
        Assert.Equal([new SharedParagraph(1, 2)], copy.Paragraphs);
        Assert.Equal([copy], store.PartialCopies(WireId), (a, b) => a.CopyId == b.CopyId && a.Paragraphs.SequenceEqual(b.Paragraphs));
        Assert.Null(StoryOf(store, "wire.txt").Articles.SingleOrDefault(a => a.Source == "analysis.txt")?.DuplicateOf);
    }

    [SkippableFact]
    public void An_article_shows_its_original_its_copies_and_its_shared_paragraphs()
    {
        using var store = OpenWithTheWeek();
        var piece = Analysis();
        store.Add(piece);
        var partnerId = ArticleIds.Of(AcrossArticles.Syndicated());
        var reprinted = AcrossArticles.WireText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[2];

        var wire = store.Article(WireId)!;
        Assert.Null(wire.Original);
        Assert.Equal(["partner.html"], wire.Copies.Select(c => c.Source));
        Assert.Equal([new ParagraphCopy(2, reprinted, "reprinted_by", ArticleIds.Of(piece), "analysis.txt", 1)], wire.SharedParagraphs);
        Assert.Equal(StoryOf(store, "wire.txt").Story.Id, wire.Story!.Id);

        var partner = store.Article(partnerId[..10])!;
        Assert.Equal(partnerId, partner.Article.Id);
        Assert.Equal(("wire.txt", WireId), (partner.Original!.Source, partner.Original.Id));
        Assert.Empty(partner.Copies);

        Assert.Equal([new ParagraphCopy(1, reprinted, "reprints", WireId, "wire.txt", 2)], store.Article(ArticleIds.Of(piece))!.SharedParagraphs);
        Assert.Null(store.Article("0123456789abcdef0123456789abcdef"));
        Assert.Null(store.Article("not an id"));
    }

    [SkippableFact]
    public void Articles_stored_before_the_paragraph_index_get_their_paragraphs_indexed_when_the_store_is_reopened()
    {
        var piece = Analysis();
        using (var store = Open())
        {
            store.Add(AcrossArticles.Wire());
            // The wire as migration 0005 left an article stored before it: no paragraph indexed,
            // in a store whose schema stops at version 5.
            Execute("DELETE FROM shared_paragraphs");
            Execute("DELETE FROM paragraph_origins");
            Execute("DELETE FROM schema_version WHERE version = 6");
            store.Add(piece);
            Assert.Empty(store.PartialCopies(ArticleIds.Of(piece)));
        }

        using (var reopened = Open())
        {
            var copy = Assert.Single(reopened.PartialCopies(ArticleIds.Of(piece)));
            Assert.Equal(WireId, copy.OriginalId);
            Assert.Equal([new SharedParagraph(1, 2)], copy.Paragraphs);
        }

        // Once indexed, opening again changes nothing.
        using var again = Open();
        Assert.Equal([new SharedParagraph(1, 2)], Assert.Single(again.PartialCopies(WireId)).Paragraphs);
    }

    [SkippableFact]
    public void The_same_event_told_with_dates_days_apart_is_a_contradiction()
    {
        using var store = Open();
        const string evidence = "a train loaded with North Korean artillery shells crossed the Tumen bridge into Russia";
        const string first = "A train crossed the border.\nOfficials said a train loaded with North Korean artillery shells crossed the Tumen bridge into Russia on Monday.";
        const string second = "Border crossing reported.\nA rail operator said a train loaded with North Korean artillery shells crossed the Tumen bridge into Russia on Thursday.";
        store.Add(new RecordBuilder("monday.txt", "2023-10-03", "en", first)
            .Entity("PRK", "North Korea", "GPE", "North Korean").Entity("RUS", "Russia", "GPE", "Russia")
            .Event("AID", "PRK", "RUS", "2023-10-02", "reported", evidence).Build());
        store.Add(new RecordBuilder("thursday.txt", "2023-10-06", "en", second)
            .Entity("PRK", "North Korea", "GPE", "North Korean").Entity("RUS", "Russia", "GPE", "Russia")
            .Event("AID", "PRK", "RUS", "2023-10-05", "reported", evidence).Build());

        var contradiction = Assert.Single(store.Contradictions());

        Assert.Equal("different dates: 2023-10-02 vs 2023-10-05", contradiction.Reason);
        Assert.Equal(["monday.txt", "thursday.txt"], contradiction.Fact.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Two_stories_bridged_by_a_report_between_them_merge_and_the_older_id_survives()
    {
        using var store = Open();
        store.Add(Shells("early.txt", "2023-09-02", "Rail shipments of North Korean artillery shells to Russia began this week, officials said.\nContainers of shells were loaded at Najin and sent by rail toward Russia."));
        store.Add(Shells("late.txt", "2023-09-30", "Officials counted more containers of North Korean artillery shells reaching Russia by rail.\nThe shells crossed the border bridge, and the rail yard near Najin stayed busy."));
        var apart = store.Stories();
        Assert.Equal(2, apart.Count);
        var early = StoryOf(store, "early.txt").Story.Id;
        var late = StoryOf(store, "late.txt").Story.Id;

        store.Add(Shells("bridge.txt", "2023-09-16", "Trains carrying North Korean artillery shells in containers kept crossing into Russia by rail from Najin, officials said.\nThe shipments of shells grew."));

        var merged = Assert.Single(store.Stories());
        Assert.Equal(early, merged.Id);
        Assert.Equal(["bridge.txt", "early.txt", "late.txt"], store.Story(early)!.Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
        Assert.Equal(early, store.Story(late)!.Story.Id);
        Assert.Equal([late], store.Story(early)!.Merged);
        var gone = Assert.Single(store.MergedStories());
        Assert.Equal((late, early, merged.Label), (gone.Id, gone.MergedInto, gone.MergedIntoLabel));
    }

    /// <summary>A longer piece of its own that pastes the wire's third paragraph as its second.</summary>
    private static Dossier.Records.ExtractionRecord Analysis()
    {
        var lines = AcrossArticles.WireText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join('\n',
            "Analysts weigh what Moscow may give Pyongyang in return for its help.",
            lines[2],
            "Experts in Seoul expect food, fuel and perhaps satellite technology to flow back across the border in the coming months, though none of it has been confirmed.");
        return new RecordBuilder("analysis.txt", "2023-10-16", "en", text).Build();
    }

    [SkippableFact]
    public void A_long_story_does_not_take_in_a_report_that_shares_only_its_passing_names()
    {
        using var store = Open();
        string[] days = ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"];
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            store.Add(Tanks($"tanks-{i}.txt", day, mentionsPeru: i == 2));
        }

        // Peru and the United Nations are named by the tank story, but only in passing.
        store.Add(new RecordBuilder("fishing.txt", "2024-05-06", "en",
                "Peru asked the United Nations on Monday to review the anchovy quotas, arguing that warmer currents had emptied its fishing grounds.\nTrawler captains in Chimbote welcomed the petition.")
            .Entity("PER", "Peru", "GPE", "Peru")
            .Entity("local:united-nations", "United Nations", "ORG", "United Nations")
            .Build());
        store.Add(Tanks("tanks-5.txt", "2024-05-07", mentionsPeru: false));

        Assert.Equal(["fishing.txt"], StoryOf(store, "fishing.txt").Articles.Select(a => a.Source));
        Assert.Equal(6, StoryOf(store, "tanks-0.txt").Articles.Count);
    }

    [SkippableFact]
    public void Two_shipments_by_one_supplier_to_two_recipients_in_one_week_are_two_stories()
    {
        using var store = Open();
        store.Add(Shipments.ToKenya());
        store.Add(Shipments.ToPeru());
        store.Add(Shipments.ToPeruInBrief());

        Assert.Equal(2, store.Stories().Count);
        Assert.Equal(["kenya.txt"], StoryOf(store, "kenya.txt").Articles.Select(a => a.Source));
        Assert.Equal(["peru-brief.txt", "peru.txt"], StoryOf(store, "peru.txt").Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_French_and_an_English_report_of_one_shipment_share_its_story_beside_the_suppliers_other_shipment()
    {
        using var store = Open();
        store.Add(Shipments.ToKenya());
        store.Add(Shipments.ToPeru());
        store.Add(Shipments.ToKenyaInFrench());

        Assert.Equal(["kenya-fr.txt", "kenya.txt"], StoryOf(store, "kenya.txt").Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
        Assert.Equal(["peru.txt"], StoryOf(store, "peru.txt").Articles.Select(a => a.Source));
    }

    [SkippableFact]
    public void Another_suppliers_shipment_to_the_same_recipient_is_its_own_story_though_the_recipient_pays_back()
    {
        using var store = Open();
        store.Add(Shipments.ToKenya());
        store.Add(Shipments.FromSwedenToKenya());

        Assert.Equal(["sweden.txt"], StoryOf(store, "sweden.txt").Articles.Select(a => a.Source));
    }

    [SkippableFact]
    public void A_report_that_mentions_another_shipment_in_passing_joins_the_story_of_its_own()
    {
        using var store = Open();
        store.Add(Shipments.ToKenya());
        store.Add(Shipments.ToKenyaInFrench());
        store.Add(Shipments.ToKenyaBesideAnother());

        var story = Assert.Single(store.Stories());
        Assert.Equal(["kenya-aside.txt", "kenya-fr.txt", "kenya.txt"], store.Story(story.Id)!.Articles.Select(a => a.Source).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Stories_told_before_their_parties_were_kept_get_them_from_their_stored_transfers()
    {
        using (var store = Open())
        {
            store.Add(Shipments.ToKenya());
            // The store as version 9 left it: no parties by role.
            Execute("DROP TABLE story_parties");
            Execute("DELETE FROM schema_version WHERE version = 10");
        }

        using var reopened = Open();
        reopened.Add(Shipments.ToPeru());

        Assert.Equal(2, reopened.Stories().Count);
        Assert.Equal(["kenya.txt"], StoryOf(reopened, "kenya.txt").Articles.Select(a => a.Source));
    }

    private static Dossier.Records.ExtractionRecord Tanks(string source, string published, bool mentionsPeru)
    {
        var peru = mentionsPeru ? " Peru had asked for a similar deal in March." : "";
        var builder = new RecordBuilder(source, published, "en",
                $"Lithuania shipped more Leopard tanks to Switzerland on {published}, loading the convoys in Vilnius.{peru}\nSwitzerland told the United Nations the tanks were for training, and Lithuanian officials confirmed the shipment.")
            .Entity("LTU", "Lithuania", "GPE", "Lithuania")
            .Entity("CHE", "Switzerland", "GPE", "Switzerland")
            .Entity("local:tank", "tank", "WEAPON", "tanks")
            .Entity("geonames:593116", "Vilnius", "GPE", "Vilnius")
            .Entity("local:united-nations", "United Nations", "ORG", "United Nations");
        return (mentionsPeru ? builder.Entity("PER", "Peru", "GPE", "Peru") : builder).Build();
    }

    private static Dossier.Records.ExtractionRecord Shells(string source, string published, string text) =>
        new RecordBuilder(source, published, "en", text)
            .Entity("PRK", "North Korea", "GPE", "North Korean")
            .Entity("RUS", "Russia", "GPE", "Russia")
            .Build();
}
