namespace Dossier.Store.Sqlite;

/// <summary>
/// The read queries of <see cref="SqliteStoreQueries"/>. Filters are written once, as
/// <c>(@x IS NULL OR condition)</c>; <see cref="Bound"/> cuts each down to the filters set before
/// the query runs.
/// </summary>
internal static class SqliteReadSql
{
    /// <summary>
    /// The query with each <c>(@x IS NULL OR condition)</c> replaced by the condition when @x is set
    /// and by 1 when it is not. SQLite plans a query once for any value, so it cannot use the story
    /// or article index for a condition that may turn out to be always true: left in, every filtered
    /// list scanned the whole store.
    /// </summary>
    public static string Bound(string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var opening = $"({name} IS NULL OR ";
            for (var at = sql.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = sql.IndexOf(opening, at, StringComparison.Ordinal))
            {
                var close = ClosingParenthesis(sql, at);
                var condition = sql[(at + opening.Length)..close];
                var kept = value is null ? "1" : $"({condition})";
                sql = string.Concat(sql.AsSpan(0, at), kept, sql.AsSpan(close + 1));
                at += kept.Length;
            }
        }

        return sql;
    }

    private static int ClosingParenthesis(string sql, int open)
    {
        var depth = 0;
        for (var i = open; i < sql.Length; i++)
        {
            depth += sql[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"unbalanced filter in: {sql}");
    }

    // Publication dates are ISO 8601 text as precise as known: ranges compare as text, and the end
    // of a range is inclusive at its own precision ("2023-10" keeps all of October).
    private const string Dates = """
        (@from IS NULL OR a.published >= @from)
        AND (@to IS NULL OR substr(a.published, 1, length(@to)) <= @to)
        AND (@story IS NULL OR a.story_id = @story)
        """;

    // The fact a layer row states; its counts are read for the rows of a page only (FactCounts),
    // since SQLite would compute them for every row it sorts. For the same reason each list first
    // picks its page's rows by their sort keys alone (WITH page), then reads their columns: the
    // names, facts and counts of every row of the store cost seconds on 100 000 articles.
    private const string FactColumns = "fs.fact_id";

    private const string Page = "LIMIT @limit OFFSET @offset";

    // A layer row's fact is the fact of the row's own kind that lists its article and ordinal, found
    // from the row (a join on the facts of that kind would read all of them for any page).
    private const string QuoteFact = """
        LEFT JOIN fact_sources fs ON fs.article_id = q.article_id AND fs.ordinal = q.ordinal
            AND EXISTS (SELECT 1 FROM facts f WHERE f.id = fs.fact_id AND f.kind = 'quote')
        """;

    private const string EventFact = """
        LEFT JOIN fact_sources fs ON fs.article_id = v.article_id AND fs.ordinal = v.ordinal
            AND EXISTS (SELECT 1 FROM facts f WHERE f.id = fs.fact_id AND f.kind = 'event')
        """;

    private const string TransferFact = """
        LEFT JOIN fact_sources fs ON fs.article_id = t.article_id AND fs.ordinal = t.ordinal
            AND EXISTS (SELECT 1 FROM facts f WHERE f.id = fs.fact_id AND f.kind = 'transfer')
        """;

    private const string ArticleWhere = $"""
        WHERE (@entity IS NULL OR a.id IN (SELECT e.article_id FROM entities e WHERE e.entity_id = @entity))
          AND (@language IS NULL OR a.language = @language)
          AND {Dates}
        """;

    public const string CountArticles = $"SELECT COUNT(*) FROM articles a {ArticleWhere}";

    // Newest first, undated last: SQLite sorts NULL lowest, so DESC alone puts them last and the
    // date index serves the order.
    private const string ArticleOrder = "ORDER BY a.published DESC, a.seq";

    public const string Articles = $"""
        WITH page AS (SELECT a.seq FROM articles a {ArticleWhere} {ArticleOrder} {Page})
        SELECT a.id, a.source, a.title, a.published, a.language,
               (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id),
               (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id),
               (SELECT COUNT(*) FROM transfers t WHERE t.article_id = a.id)
        FROM page JOIN articles a ON a.seq = page.seq
        {ArticleOrder}
        """;

    private const string EntityWhere = """
        WHERE (@type IS NULL OR type = @type)
          AND (@name IS NULL OR instr(lower(name), lower(@name)) > 0)
          AND (@story IS NULL OR article_id IN (SELECT id FROM articles WHERE story_id = @story))
        """;

    public const string CountEntities = $"SELECT COUNT(DISTINCT entity_id) FROM entities {EntityWhere}";

    private const string EntityColumns = "entity_id, MIN(name), MIN(type), COUNT(*), SUM(mentions)";

    public const string Entities = $"""
        SELECT {EntityColumns} FROM entities {EntityWhere}
        GROUP BY entity_id ORDER BY COUNT(*) DESC, SUM(mentions) DESC, entity_id
        {Page}
        """;

    // Store-wide lists read the totals kept as entity rows arrive (migration 0011). A name filter
    // still reads the rows: it matches any name an entity was stored under, not the one shown.
    private const string TotalColumns = "entity_id, name, type, articles, mentions";

    public const string CountEntityTotals = "SELECT COUNT(*) FROM entity_totals WHERE (@type IS NULL OR type = @type)";

    public const string EntityTotals = $"""
        SELECT {TotalColumns} FROM entity_totals WHERE (@type IS NULL OR type = @type)
        ORDER BY articles DESC, mentions DESC, entity_id
        {Page}
        """;

    public const string Entity = $"SELECT {TotalColumns} FROM entity_totals WHERE entity_id = @id";

    public const string MentionsByMonth = """
        SELECT substr(a.published, 1, 7) AS month, COUNT(*), SUM(e.mentions)
        FROM entities e JOIN articles a ON a.id = e.article_id
        WHERE e.entity_id = @id AND a.published IS NOT NULL
        GROUP BY month ORDER BY month
        """;

    private const string SourceColumns = "a.id, a.source, a.title, a.published";

    // A quote is about an entity when its speaker is the entity or its words mention it.
    private const string QuoteWhere = $"""
        WHERE (@entity IS NULL OR q.speaker_id = @entity
                 OR (q.article_id IN (SELECT e.article_id FROM entities e WHERE e.entity_id = @entity) AND EXISTS (
                     SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND m.entity_id = @entity
                     AND m.start_offset >= q.start_offset AND m.end_offset <= q.end_offset)))
          AND (@article IS NULL OR q.article_id = @article)
          AND (@type IS NULL OR (@type = 'direct') = (q.direct = 1))
          AND {Dates}
        """;

    public const string CountQuotes = $"SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id {QuoteWhere}";

    private const string QuoteOrder = "ORDER BY a.published, a.seq, q.ordinal";

    public const string Quotes = $"""
        WITH page AS (SELECT q.rowid AS row FROM quotes q JOIN articles a ON a.id = q.article_id {QuoteWhere} {QuoteOrder} {Page})
        SELECT q.ordinal, q.text, q.direct, q.speaker, q.speaker_id, q.cue, {SourceColumns}, q.start_offset, q.end_offset, {FactColumns}
        FROM page JOIN quotes q ON q.rowid = page.row JOIN articles a ON a.id = q.article_id {QuoteFact}
        {QuoteOrder}
        """;

    private const string EventWhere = $"""
        WHERE (@entity IS NULL OR v.actor = @entity OR v.target = @entity OR v.place = @entity OR v.attributed_to = @entity)
          AND (@article IS NULL OR v.article_id = @article)
          AND (@type IS NULL OR v.type = @type)
          AND (@status IS NULL OR v.status = @status)
          AND {Dates}
        """;

    public const string CountEvents = $"SELECT COUNT(*) FROM events v JOIN articles a ON a.id = v.article_id {EventWhere}";

    private const string EventOrder = "ORDER BY COALESCE(v.happened, a.published), a.seq, v.ordinal";

    public const string Events = $"""
        WITH page AS (SELECT v.rowid AS row FROM events v JOIN articles a ON a.id = v.article_id {EventWhere} {EventOrder} {Page})
        SELECT v.ordinal, v.type, v.mode,
               v.actor, (SELECT n.name FROM entity_totals n WHERE n.entity_id = v.actor),
               v.target, (SELECT n.name FROM entity_totals n WHERE n.entity_id = v.target),
               v.happened, v.place, v.status, v.attributed_to, {SourceColumns}, v.evidence_start, v.evidence_end, {FactColumns}
        FROM page JOIN events v ON v.rowid = page.row JOIN articles a ON a.id = v.article_id {EventFact}
        {EventOrder}
        """;

    private const string TransferWhere = $"""
        WHERE (@supplier IS NULL OR t.supplier = @supplier)
          AND (@recipient IS NULL OR t.recipient = @recipient)
          AND (@status IS NULL OR t.status = @status)
          AND (@entity IS NULL OR t.supplier = @entity OR t.recipient = @entity)
          AND (@article IS NULL OR t.article_id = @article)
          AND {Dates}
        """;

    public const string CountTransfers = $"SELECT COUNT(*) FROM transfers t JOIN articles a ON a.id = t.article_id {TransferWhere}";

    private const string TransferOrder = "ORDER BY COALESCE(t.period_from, a.published), a.seq, t.ordinal";

    public const string Transfers = $"""
        WITH page AS (SELECT t.rowid AS row FROM transfers t JOIN articles a ON a.id = t.article_id {TransferWhere} {TransferOrder} {Page})
        SELECT t.ordinal,
               t.supplier, (SELECT n.name FROM entity_totals n WHERE n.entity_id = t.supplier),
               t.recipient, (SELECT n.name FROM entity_totals n WHERE n.entity_id = t.recipient),
               json_extract(a.record, '$.transfers[' || t.ordinal || ']'), {SourceColumns}, {FactColumns}
        FROM page JOIN transfers t ON t.rowid = page.row JOIN articles a ON a.id = t.article_id {TransferFact}
        {TransferOrder}
        """;

    public const string EventRelations = $"""
        SELECT v.actor, v.target, v.type, COUNT(*)
        FROM events v JOIN articles a ON a.id = v.article_id {EventWhere}
          AND v.actor IS NOT NULL AND v.target IS NOT NULL AND v.actor <> v.target
        GROUP BY v.actor, v.target, v.type
        ORDER BY COUNT(*) DESC, v.actor, v.target, v.type
        """;

    public const string TransferRelations = $"""
        SELECT t.supplier, t.recipient, 'TRANSFER', COUNT(*)
        FROM transfers t JOIN articles a ON a.id = t.article_id
        WHERE (@entity IS NULL OR t.supplier = @entity OR t.recipient = @entity)
          AND (@article IS NULL OR t.article_id = @article)
          AND (@type IS NULL OR @type = 'TRANSFER')
          AND (@status IS NULL OR t.status = @status)
          AND {Dates}
          AND t.supplier IS NOT NULL AND t.recipient IS NOT NULL AND t.supplier <> t.recipient
        GROUP BY t.supplier, t.recipient
        ORDER BY COUNT(*) DESC, t.supplier, t.recipient
        """;

    // One page of stories, newest first, counted after the page is cut: counting every story's
    // articles to show fifty of them cost as much as the store is large. Merged stories hold no articles.
    public const string StoryPage = """
        SELECT s.id, s.label, COUNT(a.id), COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)), s.first_published, s.last_published
        FROM (SELECT id, label, first_published, last_published FROM stories WHERE merged_into IS NULL
              ORDER BY last_published DESC NULLS LAST, id LIMIT @limit OFFSET @offset) s
        JOIN articles a ON a.story_id = s.id
        GROUP BY s.id, s.label, s.first_published, s.last_published
        ORDER BY s.last_published DESC NULLS LAST, s.id
        """;

    public const string StoryCount = "SELECT COUNT(*) FROM stories WHERE merged_into IS NULL";

    public const string StorySummary = """
        SELECT s.id, s.label, COUNT(a.id), COUNT(DISTINCT COALESCE(a.duplicate_of, a.id)), s.first_published, s.last_published
        FROM stories s JOIN articles a ON a.story_id = s.id
        WHERE s.id = @story
        GROUP BY s.id, s.label, s.first_published, s.last_published
        """;

    public const string StoryArticles = """
        SELECT id, source, title, published, language, duplicate_of FROM articles
        WHERE story_id = @story ORDER BY published IS NULL, published, seq
        LIMIT @limit
        """;

    // The story's facts told by the most independent articles (all of them, in or out of the story).
    public const string StoryFacts = $"""
        WITH told AS ({Sql.StoreQueries.StoryFactIds})
        SELECT t.fact_id FROM told t JOIN fact_sources x ON x.fact_id = t.fact_id JOIN articles s ON s.id = x.article_id
        GROUP BY t.fact_id
        ORDER BY COUNT(DISTINCT COALESCE(s.duplicate_of, s.id)) DESC, MIN(s.published), t.fact_id
        LIMIT @limit
        """;

    /// <summary>How many articles state each fact of {ids}, and how many of those are not copies of another.</summary>
    public const string FactCounts = """
        SELECT x.fact_id, COUNT(*), COUNT(DISTINCT COALESCE(s.duplicate_of, s.id))
        FROM fact_sources x JOIN articles s ON s.id = x.article_id
        WHERE x.fact_id IN ({ids})
        GROUP BY x.fact_id
        """;
}
