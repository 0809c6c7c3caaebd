using Microsoft.Playwright;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// The demo: a store built by `dossier ingest` from the repository's samples/ (plus one article
/// carrying script payloads), a real `dossier serve` over it, and headless Chromium to look at it.
/// </summary>
public sealed class DemoStoreServer : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private ServerProcess? server;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => server!.Address;

    public HttpClient Client => server!.Client;

    /// <summary>Where screenshots go: a folder of the test output.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var database = Path.Combine(folder.Path, "demo.db");
        var payloads = Path.Combine(folder.Path, "payloads");
        Directory.CreateDirectory(payloads);
        File.WriteAllText(Path.Combine(payloads, "payloads-en.txt"), TestArticles.PayloadsEn);
        // The folders of samples/, not its README and manifest, as the README's demo command does.
        string[] inputs = [.. Directory.GetDirectories(Repository.File("samples")).Order(StringComparer.Ordinal), payloads];
        var (exitCode, _, error) = DossierCommand.Run(["ingest", .. inputs, "--db", database]);
        // An input the readers cannot take is reported and the others are stored (exit 1).
        if (exitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"ingest failed: {error}");
        }

        server = ServerProcess.Start(database);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Dispose();
    }

    public void Dispose()
    {
        server?.Dispose();
        folder.Dispose();
    }

    /// <summary>A new page on the demo, its libraries and data loaded.</summary>
    public async Task<IPage> OpenAsync(string path = "/", string language = "en")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1600 },
            Locale = language,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return page;
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } set ? set : "/usr/bin/chromium";
        return File.Exists(path) ? path
            : throw new InvalidOperationException($"Chromium is not at {path}: run ./test.sh (tools/test-setup/chromium.sh installs Debian's chromium) or set CHROMIUM_PATH.");
    }
}
