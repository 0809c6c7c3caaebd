using Dossier.Web.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Web.Tests.Page;

/// <summary>Article text carrying script, event-handler and javascript: payloads is shown as text and runs nothing.</summary>
public sealed class UntrustedTextTests(DemoStoreServer demo) : IClassFixture<DemoStoreServer>
{
    [Fact]
    public async Task Payloads_in_an_article_are_shown_as_text_and_never_run()
    {
        var page = await demo.OpenAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        // Through the search box, then the article itself.
        await page.Locator("#search-input").FillAsync("carried in plain sight");
        await page.Locator("#search-form button").ClickAsync();
        await page.Locator("#search-results button.source").First.ClickAsync();
        await page.Locator("#article-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        var text = await page.Locator("#article-text").TextContentAsync();
        Assert.Contains("<img src=x onerror=", text, StringComparison.Ordinal);
        Assert.Contains("javascript:window.__dossierPwned=1", text, StringComparison.Ordinal);
        Assert.Contains("<svg onload=", text, StringComparison.Ordinal);

        // The claims table carries the quoted payload too.
        var words = await page.Locator("#claims td.words").AllTextContentsAsync();
        Assert.Contains(words, w => w.Contains("<img src=x onerror=", StringComparison.Ordinal) || w.Contains("Click <a href=", StringComparison.Ordinal));

        // Give any planted handler a chance to fire, then check nothing did.
        await page.Locator("#article-text").HoverAsync();
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await page.Locator("#article-panel img, #article-panel svg, #article-panel script, #article-panel a, #claims img, #claims svg, #claims a, #search-results img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__dossierPwned"));
        Assert.Equal(0, dialogs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DemoStoreServer.Screenshots, "untrusted-text.png") });
    }

    [Fact]
    public async Task The_page_forbids_inline_scripts()
    {
        using var response = await demo.Client.GetAsync(new Uri("/", UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
    }
}
