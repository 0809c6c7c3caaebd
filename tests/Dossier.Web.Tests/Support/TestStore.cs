namespace Dossier.Web.Tests.Support;

/// <summary>A temporary store filled by `dossier ingest` with the test articles.</summary>
public sealed class TestStore : IDisposable
{
    private readonly TempFolder folder = new();

    public TestStore()
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
    }

    public string Database { get; }

    public string Folder => folder.Path;

    public void Dispose() => folder.Dispose();
}
