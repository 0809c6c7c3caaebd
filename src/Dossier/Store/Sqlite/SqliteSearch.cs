using System.Data.Common;
using Dossier.Store.Sql;

namespace Dossier.Store.Sqlite;

/// <summary>Full-text search on the FTS5 index of migration 0002.</summary>
internal static class SqliteSearch
{
    // Ranked among the newest matches only (a window of them, read in rowid order, which FTS5 does
    // without ranking), then the page's snippets cut: ranking every article that has a common word
    // costs as much as there are articles. In a news store the newest matches are also the ones
    // wanted first; a rare word has fewer matches than the window and is ranked whole.
    private const string Query = """
        WITH newest AS (
            SELECT article_search.rowid AS seq, bm25(article_search) AS score
            FROM article_search JOIN articles a ON a.seq = article_search.rowid
            WHERE article_search MATCH @match
              AND (@language IS NULL OR a.language = @language)
              AND (@entity IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.entity_id = @entity))
              AND (@from IS NULL OR a.published >= @from)
              AND (@to IS NULL OR substr(a.published, 1, length(@to)) <= @to)
              AND (@story IS NULL OR a.story_id = COALESCE((SELECT merged_into FROM stories WHERE id = @story), @story))
            ORDER BY article_search.rowid DESC
            LIMIT @window),
        best AS (SELECT seq, score FROM newest ORDER BY score LIMIT @limit)
        SELECT a.id, a.title, a.published, a.language, a.source,
               snippet(article_search, -1, '[', ']', '…', 16), -best.score
        FROM best JOIN article_search ON article_search.rowid = best.seq JOIN articles a ON a.seq = best.seq
        WHERE article_search MATCH @match
        ORDER BY best.score, a.seq DESC
        """;

    /// <summary>How many of the newest matching articles are ranked.</summary>
    public const int Window = 2000;

    public static IReadOnlyList<SearchHit> Run(DbConnection connection, SearchQuery query, IReadOnlyList<string> words, Func<DbDataReader, SearchHit> read)
    {
        (string, object?)[] parameters =
        [
            ("@match", Match(words)),
            ("@language", query.Language),
            ("@entity", query.EntityId),
            ("@from", query.From),
            ("@to", query.To),
            ("@story", query.StoryId),
            ("@limit", query.Limit),
            ("@window", Window),
        ];
        return connection.Query(null, SqliteReadSql.Bound(Query, parameters), read, parameters);
    }

    // Each word quoted: the user's text is never FTS5 syntax (a stray "-" or "NEAR" is just a word),
    // and the implicit AND between strings keeps articles that contain them all.
    private static string Match(IReadOnlyList<string> words) => string.Join(' ', words.Select(w => $"\"{w}\""));
}
