using System.Data.Common;
using System.Globalization;
using System.Text;
using Dossier.Store.Sql;

namespace Dossier.Store.Sqlite;

/// <summary>Full-text search on the FTS5 index of migrations 0002 and 0009: words in titles and texts, facets for the filters.</summary>
internal static class SqliteSearch
{
    // Ranked among the newest matches only (a window of them, read in rowid order, which FTS5 does
    // without ranking), then the page's snippets cut: ranking every article that has a common word
    // costs as much as there are articles. In a news store the newest matches are also the ones
    // wanted first; a rare word has fewer matches than the window and is ranked whole.
    private const string Query = """
        WITH newest AS (
            SELECT article_search.rowid AS seq, bm25(article_search, 1.0, 1.0, 0.0) AS score
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

    // The row is read through the view that says what the index holds, so the insert and the
    // migration's rebuild cannot disagree on an article's facets.
    private const string Insert =
        "INSERT INTO article_search (rowid, title, text, facets) SELECT seq, title, text, facets FROM article_content WHERE seq = @seq";

    // Beyond this many years a date filter keeps too much of the store for its facets to help.
    private const int MaxYearFacets = 10;

    /// <summary>How many of the newest matching articles are ranked.</summary>
    public const int Window = 2000;

    public static IReadOnlyList<SearchHit> Run(DbConnection connection, SearchQuery query, IReadOnlyList<string> words, Func<DbDataReader, SearchHit> read)
    {
        (string, object?)[] parameters =
        [
            ("@match", Match(words, query)),
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

    /// <summary>Indexes a stored article, its entities written.</summary>
    public static void Index(WriteSession db, long seq) => db.Write(Insert, ("@seq", seq));

    // Each word quoted and kept to titles and texts: the user's text is never FTS5 syntax (a stray
    // "-" or "NEAR" is just a word) nor a facet, and the implicit AND between strings keeps
    // articles that contain them all. The facets narrow the matches inside the index; the exact
    // filters of the query then decide.
    private static string Match(IReadOnlyList<string> words, SearchQuery query)
    {
        var match = $"{{title text}} : ({string.Join(' ', words.Select(w => $"\"{w}\""))})";
        if (query.EntityId is { } entity)
        {
            match += $" AND facets : \"{EntityFacet(entity)}\"";
        }

        if (YearFacets(query.From, query.To) is { Count: > 0 } years)
        {
            match += $" AND facets : ({string.Join(" OR ", years.Select(y => $"\"{y}\""))})";
        }

        return match;
    }

    // The spelling of the view article_content: "e" || hex(entity_id), hex of the UTF-8 bytes.
    private static string EntityFacet(string entityId) => "e" + Convert.ToHexString(Encoding.UTF8.GetBytes(entityId));

    // Every article a From/To filter keeps was published in one of the years from From's to To's
    // (ISO dates sort as text), so the year facets drop none of them.
    private static List<string> YearFacets(string? from, string? to) =>
        Year(from) is { } first && Year(to) is { } last && last >= first && last - first < MaxYearFacets
            ? [.. Enumerable.Range(first, last - first + 1).Select(y => $"y{y:0000}")]
            : [];

    private static int? Year(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
