using System.Data.Common;
using System.Globalization;
using Dossier.Store.Facts;

namespace Dossier.Store.Sql;

/// <summary>
/// The read side of the work across articles, in SQL every provider runs. Optional filters add
/// a condition rather than test a parameter for NULL, which PostgreSQL cannot type.
/// </summary>
internal sealed class StoreQueries(DbConnection connection)
{
    private const string StorySummaries = """
        SELECT s.id, s.label, COUNT(a.id), COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)), s.first_published, s.last_published
        FROM stories s JOIN articles a ON a.story_id = s.id
        {filter}
        GROUP BY s.id, s.label, s.first_published, s.last_published
        ORDER BY s.last_published DESC NULLS LAST, s.id
        """;

    /// <summary>The facts stated by any article of story @story.</summary>
    public const string StoryFactIds =
        "SELECT DISTINCT fs.fact_id FROM fact_sources fs JOIN articles a ON a.id = fs.article_id WHERE a.story_id = @story";

    public List<StorySummary> Stories() => connection.Query(null, StorySummaries.Replace("{filter}", "", StringComparison.Ordinal), ReadStory);

    public StoryDetail? Story(string storyId)
    {
        storyId = Resolve(storyId);
        var story = connection.Query(null, StorySummaries.Replace("{filter}", "WHERE s.id = @s", StringComparison.Ordinal), ReadStory, ("@s", storyId)).FirstOrDefault();
        if (story is null)
        {
            return null;
        }

        var articles = connection.Query(null, $"{ArticleColumns} WHERE story_id = @s ORDER BY published NULLS LAST, seq", ReadArticle, ("@s", storyId));
        var facts = FactIds(StoryFactIds, ("@story", storyId));
        var merged = connection.Query(null, "SELECT id FROM stories WHERE merged_into = @s ORDER BY opened_seq, id", row => row.GetString(0), ("@s", storyId));
        return new StoryDetail(story, articles, BestSourcedFirst(FactReader.Load(connection, facts)), merged);
    }

    public List<MergedStory> MergedStories() => connection.Query(
        null,
        """
        SELECT s.id, s.label, s.merged_into, t.label FROM stories s JOIN stories t ON t.id = s.merged_into
        WHERE s.merged_into IS NOT NULL
        ORDER BY t.opened_seq, s.opened_seq, s.id
        """,
        row => new MergedStory(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3)));

    public ArticleDetail? Article(string articleId)
    {
        if (ArticleIdOf(articleId) is not { } id)
        {
            return null;
        }

        var (article, storyId, text) = connection.Query(
            null,
            "SELECT id, source, title, published, language, duplicate_of, story_id, text FROM articles WHERE id = @a",
            row => (ReadArticle(row), row.NullableString(6), row.GetString(7)),
            ("@a", id)).Single();
        var original = article.DuplicateOf is { } o
            ? connection.Query(null, $"{ArticleColumns} WHERE id = @o", ReadArticle, ("@o", o)).SingleOrDefault()
            : null;
        var copies = connection.Query(null, $"{ArticleColumns} WHERE duplicate_of = @a ORDER BY seq", ReadArticle, ("@a", id));
        var story = storyId is null
            ? null
            : connection.Query(null, StorySummaries.Replace("{filter}", "WHERE s.id = @s", StringComparison.Ordinal), ReadStory, ("@s", storyId)).SingleOrDefault();
        return new ArticleDetail(article, original, copies, SharedParagraphs(id, text), story);
    }

    /// <summary>The article's paragraphs found in other articles, each with its text, in the article's order.</summary>
    private List<ParagraphCopy> SharedParagraphs(string articleId, string text)
    {
        var lines = Duplicates.ParagraphIndex.Lines(text);
        return PartialCopies(articleId)
            .SelectMany(copy => copy.Paragraphs.Select(p => copy.CopyId == articleId
                ? new ParagraphCopy(p.Paragraph, lines[p.Paragraph], "reprints", copy.OriginalId, copy.OriginalSource, p.OriginalParagraph)
                : new ParagraphCopy(p.OriginalParagraph, lines[p.OriginalParagraph], "reprinted_by", copy.CopyId, copy.CopySource, p.Paragraph)))
            .OrderBy(p => p.Paragraph)
            .ToList();
    }

    /// <summary>The id itself when stored, else the only stored id it begins, else null.</summary>
    private string? ArticleIdOf(string idOrPrefix)
    {
        if (connection.Scalar<long>(null, "SELECT COUNT(*) FROM articles WHERE id = @a", ("@a", idOrPrefix)) > 0)
        {
            return idOrPrefix;
        }

        // Ids are lowercase hex digits: a prefix of anything else matches nothing, and LIKE needs no escaping.
        var prefix = idOrPrefix.ToLowerInvariant();
        if (prefix.Length == 0 || !prefix.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var matches = connection.Query(null, "SELECT id FROM articles WHERE id LIKE @p ORDER BY id LIMIT 2", row => row.GetString(0), ("@p", prefix + "%"));
        return matches is [var only] ? only : null;
    }

    public List<TimelineEntry> Timeline(string? storyId, string? entityId)
    {
        // The facts are found from the event and transfer rows, each table filtered on its own
        // indexed columns: an OR across both tables after joining them read every fact source
        // of the store (seconds for one entity on 100 000 articles).
        var events = new List<string>();
        var transfers = new List<string>();
        var parameters = new List<(string, object?)>();
        if (storyId is not null)
        {
            events.Add("article_id IN (SELECT id FROM articles WHERE story_id = @s)");
            transfers.Add("article_id IN (SELECT id FROM articles WHERE story_id = @s)");
            parameters.Add(("@s", Resolve(storyId)));
        }

        if (entityId is not null)
        {
            events.Add("(actor = @e OR target = @e)");
            transfers.Add("(supplier = @e OR recipient = @e)");
            parameters.Add(("@e", entityId));
        }

        static string Where(List<string> conditions) => conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        var sql = $"""
            SELECT DISTINCT fs.fact_id
            FROM (SELECT article_id, ordinal, 'event' AS kind FROM events{Where(events)}
                  UNION ALL
                  SELECT article_id, ordinal, 'transfer' AS kind FROM transfers{Where(transfers)}) r
            JOIN fact_sources fs ON fs.article_id = r.article_id AND fs.ordinal = r.ordinal
            JOIN facts f ON f.id = fs.fact_id AND f.kind = r.kind
            """;

        return FactReader.Load(connection, FactIds(sql, [.. parameters]))
            .Where(f => !TimexDates.IsUnknown(f.Date))
            .Select(f => new TimelineEntry(f.Date!, TimexDates.Precision(f.Date!), f))
            .OrderBy(t => t.Date, StringComparer.Ordinal).ThenBy(t => t.Fact.Id, StringComparer.Ordinal)
            .ToList();
    }

    public List<Fact> Transfers(string? supplierId, string? recipientId)
    {
        var sql = """
            SELECT DISTINCT fs.fact_id FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
            JOIN transfers t ON t.article_id = fs.article_id AND t.ordinal = fs.ordinal
            WHERE f.kind = 'transfer'
            """;
        var parameters = new List<(string, object?)>();
        if (supplierId is not null)
        {
            sql += " AND t.supplier = @supplier";
            parameters.Add(("@supplier", supplierId));
        }

        if (recipientId is not null)
        {
            sql += " AND t.recipient = @recipient";
            parameters.Add(("@recipient", recipientId));
        }

        return BestSourcedFirst(FactReader.Load(connection, FactIds(sql, [.. parameters])));
    }

    public List<Fact> Facts() => BestSourcedFirst(FactReader.Load(connection, FactIds(
        "SELECT fact_id FROM fact_sources GROUP BY fact_id HAVING COUNT(DISTINCT article_id) > 1")));

    public List<Contradiction> Contradictions() => ContradictionFinder.Find(connection);

    public List<PartialCopy> PartialCopies(string articleId) =>
        connection.Query(
            null,
            """
            SELECT p.article_id, c.source, p.original_id, o.source, p.paragraph, p.original_paragraph
            FROM shared_paragraphs p JOIN articles c ON c.id = p.article_id JOIN articles o ON o.id = p.original_id
            WHERE p.article_id = @a OR p.original_id = @a
            ORDER BY c.seq, o.seq, p.paragraph
            """,
            row => (Copy: (Id: row.GetString(0), Source: row.GetString(1)), Original: (Id: row.GetString(2), Source: row.GetString(3)),
                    Shared: new SharedParagraph(Convert.ToInt32(row.GetValue(4), CultureInfo.InvariantCulture), Convert.ToInt32(row.GetValue(5), CultureInfo.InvariantCulture))),
            ("@a", articleId))
        .GroupBy(r => (r.Copy, r.Original))
        .Select(g => new PartialCopy(g.Key.Copy.Id, g.Key.Copy.Source, g.Key.Original.Id, g.Key.Original.Source, g.Select(r => r.Shared).ToList()))
        .ToList();

    /// <summary>The story a merged one went into (merges keep redirects one step deep), or the id itself.</summary>
    private string Resolve(string storyId) =>
        connection.Scalar<string>(null, "SELECT merged_into FROM stories WHERE id = @s", ("@s", storyId)) ?? storyId;

    private static List<Fact> BestSourcedFirst(List<Fact> facts) =>
        facts.OrderByDescending(f => f.IndependentSources).ThenBy(f => f.EarliestReport ?? "\uffff", StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    private List<string> FactIds(string sql, params (string, object?)[] parameters) =>
        connection.Query(null, sql, row => row.GetString(0), parameters);

    private const string ArticleColumns = "SELECT id, source, title, published, language, duplicate_of FROM articles";

    private static StoryArticle ReadArticle(DbDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.NullableString(2), row.NullableString(3), row.NullableString(4), row.NullableString(5));

    private static StorySummary ReadStory(DbDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetInt64(2), row.GetInt64(3), row.NullableString(4), row.NullableString(5));
}
