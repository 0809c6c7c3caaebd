using System.Data.Common;
using System.Text.Json;
using Dossier.Records;
using Dossier.Store.Queries;
using Dossier.Store.Facts;
using Dossier.Store.Sql;
using Microsoft.Data.Sqlite;
using StoryReads = Dossier.Store.Sql.StoreQueries;

namespace Dossier.Store.Sqlite;

/// <summary>The read side of a SQLite store: one short read-only connection per call (pooled).</summary>
internal sealed class SqliteStoreQueries(string path) : IStoreQueries
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private readonly Lock disagreementsLock = new();
    private Disagreements? disagreements;

    public Page<ArticleSummary> Articles(ArticleFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters =
            [("@entity", filter.EntityId), ("@language", filter.Language), ("@from", filter.From), ("@to", filter.To), ("@story", filter.StoryId)];
        var total = Count(connection, SqliteReadSql.CountArticles, parameters);
        var items = Filtered(connection, SqliteReadSql.Articles, ReadArticle, parameters, page);
        return new Page<ArticleSummary>(total, page.Offset, page.Limit, items);
    });

    public ExtractionRecord? Article(string articleId) => Read(connection =>
        connection.Scalar<string>(null, "SELECT record FROM articles WHERE id = @id", ("@id", articleId)) is { } json
            ? RecordSerializer.Deserialize(json)
            : null);

    public ArticleDetail? ArticleCopies(string articleId) => Read(connection => new StoryReads(connection).Article(articleId));

    public Page<EntitySummary> Entities(EntityFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters = [("@type", filter.Type), ("@name", filter.Name), ("@story", filter.StoryId)];
        var (count, list) = filter is { StoryId: null, Name: null }
            ? (SqliteReadSql.CountEntityTotals, SqliteReadSql.EntityTotals)
            : (SqliteReadSql.CountEntities, SqliteReadSql.Entities);
        var total = Count(connection, count, parameters);
        var items = Filtered(connection, list, ReadEntity, parameters, page);
        return new Page<EntitySummary>(total, page.Offset, page.Limit, items);
    });

    public EntitySummary? Entity(string entityId) => Read(connection =>
        connection.Query(null, SqliteReadSql.Entity, ReadEntity, ("@id", entityId)).FirstOrDefault());

    public IReadOnlyList<MonthCount> MentionsByMonth(string entityId) => Read(connection =>
        connection.Query(null, SqliteReadSql.MentionsByMonth, r => new MonthCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), ("@id", entityId)));

    public Page<QuoteRow> Quotes(FactFilter filter, PageRequest page) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        var total = Count(connection, SqliteReadSql.CountQuotes, parameters);
        var rows = Filtered(connection, SqliteReadSql.Quotes, r => (Row: ReadQuote(r), FactId: FactId(r)), parameters, page);
        var facts = FactsOf(connection, rows.Select(r => r.FactId));
        var items = rows.Select(r => r.Row with { Fact = facts.GetValueOrDefault(r.FactId ?? "") }).ToList();
        return new Page<QuoteRow>(total, page.Offset, page.Limit, items);
    });

    public Page<EventRow> Events(FactFilter filter, PageRequest page) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        var total = Count(connection, SqliteReadSql.CountEvents, parameters);
        var rows = Filtered(connection, SqliteReadSql.Events, r => (Row: ReadEvent(r), FactId: FactId(r)), parameters, page);
        var facts = FactsOf(connection, rows.Select(r => r.FactId));
        var items = rows.Select(r => r.Row with { Fact = facts.GetValueOrDefault(r.FactId ?? "") }).ToList();
        return new Page<EventRow>(total, page.Offset, page.Limit, items);
    });

    public Page<TransferRow> Transfers(TransferFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters =
        [
            ("@supplier", filter.Supplier), ("@recipient", filter.Recipient), ("@status", filter.Status), ("@entity", filter.EntityId),
            ("@article", filter.ArticleId), ("@from", filter.From), ("@to", filter.To), ("@story", filter.StoryId),
        ];
        var total = Count(connection, SqliteReadSql.CountTransfers, parameters);
        var rows = Filtered(connection, SqliteReadSql.Transfers, r => (Row: ReadTransfer(r), FactId: FactId(r)), parameters, page);
        var facts = FactsOf(connection, rows.Select(r => r.FactId));
        var items = rows.Select(r => r.Row with { Fact = facts.GetValueOrDefault(r.FactId ?? "") }).ToList();
        return new Page<TransferRow>(total, page.Offset, page.Limit, items);
    });

    public IReadOnlyList<RelationRow> Relations(FactFilter filter) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        static RelationRow Row(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3));
        return (IReadOnlyList<RelationRow>)
        [
            .. Filtered(connection, SqliteReadSql.EventRelations, Row, parameters),
            .. Filtered(connection, SqliteReadSql.TransferRelations, Row, parameters),
        ];
    });

    public IReadOnlyList<SearchHit> Search(SearchQuery query) =>
        query.Words() is { Count: > 0 } words
            ? Read(connection => SqliteSearch.Run(connection, query, words, r => new SearchHit(
                r.GetString(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.GetString(4), r.GetString(5), r.GetDouble(6))))
            : [];

    public Page<StorySummary> Stories(PageRequest page) => Read(connection =>
    {
        var stories = connection.Query(null, SqliteReadSql.StoryPage, r => new StorySummary(
            r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.NullableString(4), r.NullableString(5)),
            ("@limit", page.Limit), ("@offset", page.Offset));
        return new Page<StorySummary>(connection.Scalar<long>(null, SqliteReadSql.StoryCount), page.Offset, page.Limit, stories);
    });

    public StoryOverview? StoryOverview(string storyId, int articlesShown, int factsShown) => Read(connection =>
    {
        var story = connection.Query(null, SqliteReadSql.StorySummary, r => new StorySummary(
            r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.NullableString(4), r.NullableString(5)), ("@story", storyId)).FirstOrDefault();
        if (story is null)
        {
            return null;
        }

        var articles = connection.Query(null, SqliteReadSql.StoryArticles, r => new StoryArticle(
            r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5)),
            ("@story", storyId), ("@limit", articlesShown));
        var ids = connection.Query(null, SqliteReadSql.StoryFacts, r => r.GetString(0), ("@story", storyId), ("@limit", factsShown));
        var facts = FactReader.Load(connection, ids, Queries.StoryOverview.SourcesShown);
        var timeline = facts
            .Where(f => f.Kind is "event" or "transfer" && !TimexDates.IsUnknown(f.Date))
            .Select(f => new TimelineEntry(f.Date!, TimexDates.Precision(f.Date!), f))
            .OrderBy(t => t.Date, StringComparer.Ordinal).ThenBy(t => t.Fact.Id, StringComparer.Ordinal)
            .ToList();
        return new StoryOverview(story, articles, facts, timeline);
    });

    public IReadOnlyList<TimelineEntry> Timeline(string? storyId, string? entityId) =>
        Read(connection => new StoryReads(connection).Timeline(storyId, entityId));

    public IReadOnlyList<Contradiction> Contradictions(string? storyId) => Read(connection =>
        storyId is null
            ? DisagreementsOf(connection).All
            : (IReadOnlyList<Contradiction>)ContradictionFinder.Find(
                connection, connection.Query(null, StoryReads.StoryFactIds, r => r.GetString(0), ("@story", storyId))));

    public IEnumerable<ExtractionRecord> AllRecords() => Records("SELECT record FROM articles ORDER BY seq");

    public IEnumerable<ExtractionRecord> StoryRecords(string storyId) =>
        Records("SELECT record FROM articles WHERE story_id = @s ORDER BY seq", ("@s", storyId));

    private IEnumerable<ExtractionRecord> Records(string sql, params (string, object?)[] parameters)
    {
        using var connection = Open();
        using var command = connection.Command(null, sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (RecordSerializer.Deserialize(reader.GetString(0)) is { } record)
            {
                yield return record;
            }
        }
    }

    private static (string, object?)[] FactParameters(FactFilter filter) =>
    [
        ("@entity", filter.EntityId), ("@article", filter.ArticleId), ("@type", filter.Type), ("@status", filter.Status),
        ("@from", filter.From), ("@to", filter.To), ("@story", filter.StoryId),
    ];

    // Every filtered read runs through Count or Filtered, which cut the query down to the filters
    // set (SqliteReadSql.Bound): a query run with its optional filters left in scans the store.
    private static long Count(SqliteConnection connection, string sql, (string, object?)[] filters) =>
        connection.Scalar<long>(null, SqliteReadSql.Bound(sql, filters), filters);

    private static List<T> Filtered<T>(SqliteConnection connection, string sql, Func<DbDataReader, T> read, (string, object?)[] filters, PageRequest? page = null) =>
        connection.Query(null, SqliteReadSql.Bound(sql, filters), read, page is null ? filters : [.. filters, .. Paging(page)]);

    private static (string, object?)[] Paging(PageRequest page) => [("@limit", page.Limit), ("@offset", page.Offset)];

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqliteException error)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot be read ({error.Message})", error);
        }
    }

    private T Read<T>(Func<SqliteConnection, T> query)
    {
        using var connection = Open();
        try
        {
            return query(connection);
        }
        catch (SqliteException error)
        {
            throw new StoreException($"{path}: cannot be read ({error.Message})", error);
        }
    }

    private static ArticleSummary ReadArticle(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7));

    private static EntitySummary ReadEntity(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4));

    // Every fact query ends with the same columns: article id, source, title, published, evidence start and end.
    private static EvidenceSource ReadSource(DbDataReader r, int first) =>
        new(r.GetString(first), r.GetString(first + 1), r.NullableString(first + 2), r.NullableString(first + 3), r.GetInt32(first + 4), r.GetInt32(first + 5));

    // Every row of a layer ends with the id of its fact, NULL when it has none.
    private static string? FactId(DbDataReader r) => r.NullableString(r.FieldCount - 1);

    /// <summary>The fused facts of a page's rows, with their counts and how their sources disagree.</summary>
    private static Dictionary<string, FactSummary> FactsOf(SqliteConnection connection, IEnumerable<string?> factIds)
    {
        var ids = factIds.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var reasons = ContradictionFinder.Reasons(connection, ids);
        var names = ids.Select((_, i) => $"@f{i}").ToList();
        return connection.Query(
                null,
                SqliteReadSql.FactCounts.Replace("{ids}", string.Join(", ", names), StringComparison.Ordinal),
                r => new FactSummary(r.GetString(0), r.GetInt64(1), r.GetInt64(2), reasons.GetValueOrDefault(r.GetString(0))),
                [.. ids.Select((id, i) => (names[i], (object?)id))])
            .ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    private static QuoteRow ReadQuote(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetBoolean(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), ReadSource(r, 6), null);

    private static EventRow ReadEvent(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6),
        r.NullableString(7), r.NullableString(8), r.GetString(9), r.NullableString(10), ReadSource(r, 11), null);

    private static TransferRow ReadTransfer(DbDataReader r)
    {
        // The route, the sources and the evidence live only in the record: read the transfer from it.
        var record = JsonSerializer.Deserialize(r.GetString(5), RecordJsonContext.Default.TransferRecord)!;
        var (articleId, source, title, published) = (r.GetString(6), r.GetString(7), r.NullableString(8), r.NullableString(9));
        return new TransferRow(
            r.GetInt32(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), record.Items,
            record.Quantity, record.Period, record.Route, RouteLeg.Of(record), record.Status, record.AttributedTo,
            [.. record.Evidence.Select(span => new EvidenceSource(articleId, source, title, published, span.Start, span.End))],
            null);
    }

    /// <summary>
    /// The contradictions of the whole store, found again only when an article has arrived since:
    /// finding them reads every statement of the store.
    /// </summary>
    private Disagreements DisagreementsOf(SqliteConnection connection)
    {
        var latest = connection.Scalar<long>(null, "SELECT COALESCE(MAX(seq), 0) FROM articles");
        lock (disagreementsLock)
        {
            if (disagreements is not { } known || known.LatestArticle != latest)
            {
                var all = new StoryReads(connection).Contradictions();
                known = new Disagreements(latest, all);
                disagreements = known;
            }

            return known;
        }
    }

    private sealed record Disagreements(long LatestArticle, IReadOnlyList<Contradiction> All);
}
