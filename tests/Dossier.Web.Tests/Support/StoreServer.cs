namespace Dossier.Web.Tests.Support;

/// <summary>A temporary store filled by `dossier ingest` with the test articles, served by a real `dossier serve`.</summary>
public sealed class StoreServer : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServerProcess server;

    public StoreServer()
    {
        Database = Path.Combine(folder.Path, "store.db");
        var inputs = Path.Combine(folder.Path, "articles");
        Directory.CreateDirectory(inputs);
        TestArticles.WriteAll(inputs);
        var (exitCode, _, error) = DossierCommand.Run("ingest", inputs, "--db", Database);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed: {error}");
        }

        server = ServerProcess.Start(Database);
    }

    public string Database { get; }

    public HttpClient Client => server.Client;

    public Uri Address => server.Address;

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }
}
