using Dossier.Store.Sqlite;

namespace Dossier.Tests.Store;

public sealed class SqliteReadSqlTests
{
    private const string Query = """
        SELECT * FROM events v JOIN articles a ON a.id = v.article_id
        WHERE (@entity IS NULL OR v.actor = @entity OR EXISTS (SELECT 1 FROM entities e WHERE e.entity_id = @entity))
          AND (@story IS NULL OR a.story_id = @story)
          AND (@type IS NULL OR (@type = 'direct') = (v.direct = 1))
        """;

    [Fact]
    public void A_filter_that_is_set_keeps_only_its_condition_and_one_that_is_not_becomes_true()
    {
        var bound = SqliteReadSql.Bound(Query, [("@entity", null), ("@story", "story-1"), ("@type", "direct")]);

        Assert.Contains("WHERE 1\n", bound, StringComparison.Ordinal);
        Assert.Contains("AND (a.story_id = @story)", bound, StringComparison.Ordinal);
        Assert.Contains("AND ((@type = 'direct') = (v.direct = 1))", bound, StringComparison.Ordinal);
        Assert.DoesNotContain("IS NULL OR", bound, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_without_optional_filters_is_left_as_it_is()
    {
        const string plain = "SELECT id FROM articles WHERE story_id = @story";

        Assert.Equal(plain, SqliteReadSql.Bound(plain, [("@story", "story-1")]));
    }
}
