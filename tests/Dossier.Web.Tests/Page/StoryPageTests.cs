using System.Text.Json;
using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Page;

/// <summary>The story page in headless Chromium, on the demo store built from samples/.</summary>
public sealed class StoryPageTests(DemoStoreServer demo) : IClassFixture<DemoStoreServer>
{
    [Fact]
    public async Task The_timeline_shows_events_and_transfers_of_the_story()
    {
        var page = await demo.OpenAsync("/?entity=PRK");

        var events = await page.Locator(".vis-item.vis-box.event").CountAsync();
        var transfers = await page.Locator(".vis-item.transfer:not(.vis-dot):not(.vis-line)").CountAsync();
        Assert.True(events > 0, "no event on the timeline");
        Assert.True(transfers > 0, "no transfer on the timeline");
        var texts = await page.Locator(".vis-item.transfer .vis-item-content").AllTextContentsAsync();
        Assert.Contains(texts, t => t.Contains("North Korea → Russia", StringComparison.Ordinal));
        await Screenshot(page, "timeline-prk");
    }

    [Fact]
    public async Task The_page_opens_on_the_story_told_by_the_most_independent_articles()
    {
        using var stories = await Json("/api/stories?limit=500");
        var all = stories.RootElement.GetProperty("items").EnumerateArray().ToList();
        var told = all.MaxBy(s => s.GetProperty("independent_articles").GetInt64());

        var page = await demo.OpenAsync();

        Assert.Equal(all.Count + 1, await page.Locator("#story option").CountAsync());
        Assert.Equal(told.GetProperty("id").GetString(), await page.Locator("#story").InputValueAsync());
        Assert.Equal(told.GetProperty("label").GetString(), await page.Locator("#story-card h2").TextContentAsync());
        var meta = await page.Locator("#story-card .story-meta").TextContentAsync() ?? "";
        Assert.StartsWith($"{told.GetProperty("articles").GetInt64()} articles ({told.GetProperty("independent_articles").GetInt64()} independent)", meta, StringComparison.Ordinal);
        await Screenshot(page, "story-card");
    }

    [Fact]
    public async Task Choosing_a_story_shows_only_what_its_articles_tell()
    {
        using var stories = await Json("/api/stories?limit=500");
        var other = stories.RootElement.GetProperty("items").EnumerateArray()
            .Where(s => s.GetProperty("articles").GetInt64() >= 2)
            .MinBy(s => s.GetProperty("independent_articles").GetInt64());
        var id = other.GetProperty("id").GetString()!;
        using var story = await Json($"/api/stories/{id}");
        var articles = story.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        var page = await demo.OpenAsync();

        await page.Locator("#story").SelectOptionAsync(id);

        await page.WaitForSelectorAsync($"#story-card[data-story='{id}']");
        await page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Equal(other.GetProperty("label").GetString(), await page.Locator("#story-card h2").TextContentAsync());
        Assert.Contains($"story={id}", page.Url, StringComparison.Ordinal);
        var shown = await page.EvaluateAsync<string[]>(
            "[...dossierPage.data.quotes.map(q => q.evidence.article_id), ...dossierPage.data.events.map(e => e.evidence.article_id)]");
        Assert.NotEmpty(shown);
        Assert.All(shown, a => Assert.Contains(a, articles));
        Assert.Equal(story.RootElement.GetProperty("facts").GetArrayLength(), await page.Locator("#story-card li.fact").CountAsync());
    }

    [Fact]
    public async Task Every_fact_shows_its_independent_sources_and_where_they_disagree()
    {
        var page = await demo.OpenAsync();
        var id = await page.Locator("#story").InputValueAsync();
        using var story = await Json($"/api/stories/{id}");

        var facts = story.RootElement.GetProperty("facts").EnumerateArray().ToList();
        var shown = await page.Locator("#story-card li.fact").EvaluateAllAsync<string[][]>(
            "items => items.map(i => [i.dataset.fact, i.dataset.independent, i.querySelector('.disagreement')?.textContent ?? ''])");
        Assert.Equal(facts.Select(f => f.GetProperty("id").GetString()), shown.Select(s => s[0]));
        Assert.Equal(facts.Select(f => f.GetProperty("independent_sources").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)), shown.Select(s => s[1]));
        var contradictions = story.RootElement.GetProperty("contradictions").EnumerateArray().ToList();
        Assert.NotEmpty(contradictions);
        foreach (var contradiction in contradictions)
        {
            var row = Assert.Single(shown, s => s[0] == contradiction.GetProperty("fact").GetProperty("id").GetString());
            Assert.Equal($"Where they disagree: {contradiction.GetProperty("reason").GetString()}", row[2]);
        }

        Assert.Equal(contradictions.Count, shown.Count(s => s[2].Length > 0));
        // The claims table says it too, for each quote the store has fused.
        var claims = await page.Locator("#claims td.independent .independent").AllTextContentsAsync();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Matches(@"^\d+ independent source\(s\)$", c));
        await page.Locator("#story-card li.fact.disputed").First.ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "facts-disagreement");
    }

    [Fact]
    public async Task Each_route_leg_is_drawn_once_with_its_mode_as_the_transfers_give_it()
    {
        var page = await demo.OpenAsync();
        var id = await page.Locator("#story").InputValueAsync();
        using var story = await Json($"/api/stories/{id}");
        var located = story.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToHashSet();
        var legs = story.RootElement.GetProperty("transfers").GetProperty("items").EnumerateArray()
            .SelectMany(t => t.GetProperty("legs").EnumerateArray())
            .Where(l => located.Contains(l.GetProperty("from").GetString()) && located.Contains(l.GetProperty("to").GetString()))
            .Select(l => (Order: l.GetProperty("order").GetInt32(), From: l.GetProperty("from").GetString(), To: l.GetProperty("to").GetString(),
                Mode: l.GetProperty("mode").GetString() ?? "unknown"))
            .DistinctBy(l => (l.From, l.To, l.Mode))
            .ToList();
        legs = [.. legs.Where(l => l.Mode != "unknown" || !legs.Any(s => (s.From, s.To) == (l.From, l.To) && s.Mode != "unknown"))];
        Assert.True(legs.Count >= 2, $"{legs.Count} leg(s) in the story");

        foreach (var mode in legs.GroupBy(l => l.Mode))
        {
            Assert.Equal(mode.Count(), await page.Locator($"path.route-leg.mode-{mode.Key}").CountAsync());
        }

        Assert.Equal(legs.Count, await page.Locator("path.route-leg").CountAsync());
        var labels = await page.Locator(".leaflet-tooltip.leg-label").AllTextContentsAsync();
        var expected = legs.Select(l => $"{l.Order}. {ModeLabels[l.Mode]}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_map_labels_the_demo_storys_legs_by_sea_then_by_rail()
    {
        var page = await demo.OpenAsync();

        // Najin (Rajin) to Dunay by ship, then Dunay to Tikhoretsk by rail, as the demo articles state.
        var sea = page.Locator("path.route-leg.mode-sea");
        Assert.Equal(1, await sea.CountAsync());
        Assert.Equal(1, await page.Locator("path.route-leg.mode-rail").CountAsync());
        var labels = await page.Locator(".leaflet-tooltip.leg-label").AllTextContentsAsync();
        Assert.Contains("1. by sea", labels);
        Assert.Contains("2. by rail", labels);
        Assert.DoesNotContain("1. mode not stated", labels);
    }

    [Fact]
    public async Task The_map_draws_a_stated_route_leg_by_leg_with_arrows()
    {
        var page = await demo.OpenAsync();

        var legs = await page.Locator("path.route-leg").CountAsync();
        var arrows = await page.Locator("path.route-arrow").CountAsync();
        Assert.True(legs >= 2, $"{legs} route leg(s) drawn");
        Assert.True(arrows >= legs, $"{arrows} arrowhead(s) for {legs} leg(s)");
        Assert.True(await page.Locator("path.place-marker").CountAsync() >= 3);
        // The world outline is drawn from the offline data: many country shapes, no tile images.
        Assert.True(await page.Locator(".leaflet-overlay-pane path").CountAsync() > 100);
        Assert.Equal(0, await page.Locator("img.leaflet-tile").CountAsync());
        await page.Locator("#map").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "map-routes");
    }

    [Fact]
    public async Task The_graph_links_the_supplier_to_the_recipient()
    {
        var page = await demo.OpenAsync("/?entity=PRK");

        var nodes = await page.EvaluateAsync<string[]>("dossierPage.graph.nodes().map(n => n.id())");
        Assert.Contains("PRK", nodes);
        Assert.Contains("RUS", nodes);
        var transfer = await page.EvaluateAsync<int>("dossierPage.graph.edges('[source = \"PRK\"][target = \"RUS\"][kind = \"TRANSFER\"]').length");
        Assert.Equal(1, transfer);
        await page.Locator("#graph").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "graph-prk");
    }

    [Fact]
    public async Task A_claim_opens_its_article_with_the_words_highlighted()
    {
        var page = await demo.OpenAsync("/?entity=PRK");
        var row = page.Locator("#claims tbody tr").First;
        var words = await row.Locator("td.words").TextContentAsync() ?? "";

        await row.Locator("button.source").First.ClickAsync();

        var panel = page.Locator("#article-panel");
        await panel.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var marks = await page.Locator("#article-text mark.evidence").AllTextContentsAsync();
        Assert.Equal([words], marks);
        await Screenshot(page, "claim-evidence");
    }

    [Fact]
    public async Task A_syndicated_copy_shows_its_original_and_the_original_its_copy()
    {
        var page = await demo.OpenAsync();
        await page.Locator("#search-input").FillAsync("conteneurs Maison Blanche");
        await page.Locator("#search-form button").ClickAsync();

        await page.Locator("#search-results button.source", new PageLocatorOptions { HasTextString = "Armes nord-coréennes" }).First.ClickAsync();

        var copies = page.Locator("#article-copies");
        await copies.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var original = copies.Locator(".copy-of button.copy-link");
        Assert.StartsWith("agence-nord-presse-2023-10-13", await original.TextContentAsync() ?? "", StringComparison.Ordinal);

        await original.ClickAsync();
        await page.Locator("#article-title", new PageLocatorOptions { HasTextString = "Washington accuse Pyongyang" }).WaitForAsync();
        var copiedBy = await copies.Locator(".copied-by button.copy-link").AllTextContentsAsync();
        Assert.Contains(copiedBy, c => c.StartsWith("horizons-hebdo-2023-10-14", StringComparison.Ordinal));
        await Screenshot(page, "article-copies");
    }

    [Fact]
    public async Task A_route_leg_opens_the_sentence_that_states_the_route()
    {
        var page = await demo.OpenAsync();

        await page.Locator("path.route-leg").First.DispatchEventAsync("click");

        await page.Locator("#article-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var marked = string.Concat(await page.Locator("#article-text mark.evidence").AllTextContentsAsync());
        // The port is Najin or Rajin, as each article names it.
        Assert.Matches("Najin|Rajin", marked);
        await Screenshot(page, "route-evidence");
    }

    [Fact]
    public async Task A_timeline_item_opens_its_evidence()
    {
        var page = await demo.OpenAsync("/?entity=PRK");

        await page.Locator(".vis-item.transfer:not(.vis-dot):not(.vis-line)").First.ClickAsync();

        await page.Locator("#article-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.True(await page.Locator("#article-text mark.evidence").CountAsync() >= 1);
    }

    [Fact]
    public async Task The_interface_switches_to_french()
    {
        var page = await demo.OpenAsync();

        await page.Locator("button[data-lang='fr']").ClickAsync();

        await page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Equal("Chronologie des événements et des transferts", await page.Locator("h2[data-i18n='timeline']").TextContentAsync());
        Assert.Equal("fr", await page.EvaluateAsync<string>("document.documentElement.lang"));
        var statuses = await page.Locator("#claims .status").AllTextContentsAsync();
        Assert.Contains(statuses, s => s is "rapporté" or "affirmé" or "cité" or "allégué" or "démenti");
        await Screenshot(page, "page-fr");
    }

    /// <summary>The page's English label of each mode a leg can have.</summary>
    private static readonly Dictionary<string, string> ModeLabels = new(StringComparer.Ordinal)
    {
        ["sea"] = "by sea", ["rail"] = "by rail", ["road"] = "by road", ["air"] = "by air", ["unknown"] = "mode not stated",
    };

    private async Task<JsonDocument> Json(string path) => JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri(path, UriKind.Relative)));

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DemoStoreServer.Screenshots, $"{name}.png"), FullPage = true });
}
