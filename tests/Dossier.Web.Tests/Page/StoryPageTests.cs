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
    public async Task A_route_leg_opens_the_sentence_that_states_the_route()
    {
        var page = await demo.OpenAsync();

        await page.Locator("path.route-leg").First.DispatchEventAsync("click");

        await page.Locator("#article-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var marked = string.Concat(await page.Locator("#article-text mark.evidence").AllTextContentsAsync());
        Assert.Contains("Rajin", marked, StringComparison.Ordinal);
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

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DemoStoreServer.Screenshots, $"{name}.png"), FullPage = true });
}
