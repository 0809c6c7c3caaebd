using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>The work across articles on a real SQLite file.</summary>
public sealed class SqliteAcrossArticlesTests : StoreAcrossArticlesTests, IDisposable
{
    private readonly TempFolder folder = new();

    protected override IArticleStore Open() => ArticleStore.OpenSqlite(Path.Combine(folder.Path, "dossier.db"));

    public void Dispose() => folder.Dispose();
}
