using System.Data.Common;
using Dossier.Store.Sql;

namespace Dossier.Store.Sqlite;

/// <summary>Full-text search on the FTS5 index of migration 0002.</summary>
internal static class SqliteSearch
{
    private const string Query = """
        SELECT a.id, a.title, a.published, a.language, a.source,
               snippet(article_search, -1, '[', ']', '…', 16), -bm25(article_search)
        FROM article_search JOIN articles a ON a.seq = article_search.rowid
        WHERE article_search MATCH @match
          AND (@language IS NULL OR a.language = @language)
          AND (@entity IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.entity_id = @entity))
          AND (@from IS NULL OR a.published >= @from)
          AND (@to IS NULL OR substr(a.published, 1, length(@to)) <= @to)
          AND (@story IS NULL OR a.story_id = COALESCE((SELECT merged_into FROM stories WHERE id = @story), @story))
        ORDER BY bm25(article_search)
        LIMIT @limit
        """;

    public static IReadOnlyList<SearchHit> Run(DbConnection connection, SearchQuery query, IReadOnlyList<string> words, Func<DbDataReader, SearchHit> read) =>
        connection.Query(
            null,
            Query,
            read,
            ("@match", Match(words)),
            ("@language", query.Language),
            ("@entity", query.EntityId),
            ("@from", query.From),
            ("@to", query.To),
            ("@story", query.StoryId),
            ("@limit", query.Limit));

    // Each word quoted: the user's text is never FTS5 syntax (a stray "-" or "NEAR" is just a word),
    // and the implicit AND between strings keeps articles that contain them all.
    private static string Match(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\""));
}
