namespace Dossier.Web.Tests.Support;

/// <summary>A real `dossier serve` over a new, empty store, accepting articles of at most <see cref="MaxArticleBytes"/>.</summary>
public sealed class EmptyStoreServer : IDisposable
{
    public const int MaxArticleBytes = 8192;

    private readonly TempFolder folder = new();
    private readonly ServerProcess server;

    public EmptyStoreServer() =>
        server = ServerProcess.Start(Path.Combine(folder.Path, "store.db"), null, "--max-article-bytes", MaxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public HttpClient Client => server.Client;

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }
}
