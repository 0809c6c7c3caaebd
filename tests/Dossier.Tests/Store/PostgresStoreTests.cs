using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server, one fresh database per test.</summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly Lazy<string> database = new(TestPostgres.NewDatabase);

    protected override IArticleStore Open() => ArticleStore.OpenPostgres(database.Value);

    [Fact]
    public void An_unreachable_server_is_reported_by_name()
    {
        var error = Assert.Throws<StoreException>(() => ArticleStore.Open("postgresql://dossier@127.0.0.1:1/nowhere"));

        Assert.StartsWith("postgresql://127.0.0.1:1/nowhere: cannot reach the server", error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The search contract on a real PostgreSQL server.</summary>
public sealed class PostgresSearchTests : StoreSearchTests
{
    private readonly Lazy<string> database = new(TestPostgres.NewDatabase);

    protected override IArticleStore Open() => ArticleStore.OpenPostgres(database.Value);
}

/// <summary>The work across articles on a real PostgreSQL server.</summary>
public sealed class PostgresAcrossArticlesTests : StoreAcrossArticlesTests
{
    private readonly Lazy<string> database = new(TestPostgres.NewDatabase);

    protected override IArticleStore Open() => ArticleStore.OpenPostgres(database.Value);

    protected override void Execute(string sql) => TestPostgres.Execute(database.Value, sql);

    protected override void RefuseMentionsOf(string entityId) =>
        Execute($"ALTER TABLE mentions ADD CONSTRAINT refused CHECK (entity_id <> '{entityId}')");
}
