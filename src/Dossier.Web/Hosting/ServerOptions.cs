namespace Dossier.Web.Hosting;

/// <summary>How `dossier serve` runs: which store, which addresses, and who may add articles.</summary>
/// <param name="Urls">Addresses to listen on; the default is loopback only.</param>
/// <param name="Token">When set, POST /api/articles requires "Authorization: Bearer TOKEN", wherever the server listens.</param>
/// <param name="MaxArticleBytes">The largest request body POST /api/articles accepts.</param>
public sealed record ServerOptions(string DatabasePath, IReadOnlyList<string> Urls, string? Token = null, long MaxArticleBytes = ServerOptions.DefaultMaxArticleBytes)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const long DefaultMaxArticleBytes = 2 * 1024 * 1024;
}
