using System.Data.Common;
using Dossier.Store.Sql;

namespace Dossier.Store.Postgres;

/// <summary>
/// Full-text search on the tsvector of migration 0002. Each article was indexed with its own
/// language's stemmer, so the words are searched with every configuration (or only the one of
/// --lang) and an article matches with any of them.
/// </summary>
internal static class PostgresSearch
{
    private const string Select = """
        SELECT a.id, a.title, a.published, a.language, a.source,
               ts_headline(dossier_search_config(a.language), a.text, q.query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=10, ShortWord=2'),
               ts_rank(a.search, q.query)
        FROM articles a
        CROSS JOIN LATERAL (SELECT plainto_tsquery(dossier_search_config(a.language), @words) AS query) q
        WHERE a.search @@ q.query
        """;

    public static IReadOnlyList<SearchHit> Run(DbConnection connection, SearchQuery query, IReadOnlyList<string> words, Func<DbDataReader, SearchHit> read)
    {
        // The GIN index serves the first test; the per-language query then keeps the true matches.
        var sql = Select + """
             AND a.search @@ (plainto_tsquery('dossier_fr', @words) || plainto_tsquery('dossier_en', @words) || plainto_tsquery('dossier_simple', @words))
            """;
        var parameters = new List<(string, object?)> { ("@words", string.Join(' ', words)), ("@limit", query.Limit) };
        if (query.Language is { } language)
        {
            sql += " AND a.language = @language";
            parameters.Add(("@language", language));
        }

        if (query.EntityId is { } entity)
        {
            sql += " AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.entity_id = @entity)";
            parameters.Add(("@entity", entity));
        }

        if (query.From is { } from)
        {
            sql += " AND a.published >= @from";
            parameters.Add(("@from", from));
        }

        if (query.To is { } to)
        {
            sql += " AND substr(a.published, 1, length(@to)) <= @to";
            parameters.Add(("@to", to));
        }

        if (query.StoryId is { } story)
        {
            sql += " AND a.story_id = COALESCE((SELECT merged_into FROM stories WHERE id = @story), @story)";
            parameters.Add(("@story", story));
        }

        sql += " ORDER BY 7 DESC, a.seq LIMIT @limit";
        return connection.Query(null, sql, read, [.. parameters]);
    }
}
