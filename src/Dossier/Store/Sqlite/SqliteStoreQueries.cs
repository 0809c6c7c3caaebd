using System.Data.Common;
using System.Text.Json;
using Dossier.Records;
using Dossier.Store.Queries;
using Dossier.Store.Sql;
using Microsoft.Data.Sqlite;

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

    public Page<ArticleSummary> Articles(ArticleFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters = [("@entity", filter.EntityId), ("@language", filter.Language), ("@from", filter.From), ("@to", filter.To)];
        var total = connection.Scalar<long>(null, SqliteReadSql.CountArticles, parameters);
        var items = connection.Query(null, SqliteReadSql.Articles, ReadArticle, [.. parameters, .. Paging(page)]);
        return new Page<ArticleSummary>(total, page.Offset, page.Limit, items);
    });

    public ExtractionRecord? Article(string articleId) => Read(connection =>
        connection.Scalar<string>(null, "SELECT record FROM articles WHERE id = @id", ("@id", articleId)) is { } json
            ? RecordSerializer.Deserialize(json)
            : null);

    public Page<EntitySummary> Entities(EntityFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters = [("@type", filter.Type), ("@name", filter.Name)];
        var total = connection.Scalar<long>(null, SqliteReadSql.CountEntities, parameters);
        var items = connection.Query(null, SqliteReadSql.Entities, ReadEntity, [.. parameters, .. Paging(page)]);
        return new Page<EntitySummary>(total, page.Offset, page.Limit, items);
    });

    public EntitySummary? Entity(string entityId) => Read(connection =>
        connection.Query(null, SqliteReadSql.Entity, ReadEntity, ("@id", entityId)).FirstOrDefault());

    public IReadOnlyList<MonthCount> MentionsByMonth(string entityId) => Read(connection =>
        connection.Query(null, SqliteReadSql.MentionsByMonth, r => new MonthCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)), ("@id", entityId)));

    public Page<QuoteRow> Quotes(FactFilter filter, PageRequest page) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        var total = connection.Scalar<long>(null, SqliteReadSql.CountQuotes, parameters);
        var items = connection.Query(null, SqliteReadSql.Quotes, ReadQuote, [.. parameters, .. Paging(page)]);
        return new Page<QuoteRow>(total, page.Offset, page.Limit, items);
    });

    public Page<EventRow> Events(FactFilter filter, PageRequest page) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        var total = connection.Scalar<long>(null, SqliteReadSql.CountEvents, parameters);
        var items = connection.Query(null, SqliteReadSql.Events, ReadEvent, [.. parameters, .. Paging(page)]);
        return new Page<EventRow>(total, page.Offset, page.Limit, items);
    });

    public Page<TransferRow> Transfers(TransferFilter filter, PageRequest page) => Read(connection =>
    {
        (string, object?)[] parameters =
        [
            ("@supplier", filter.Supplier), ("@recipient", filter.Recipient), ("@status", filter.Status), ("@entity", filter.EntityId),
            ("@article", filter.ArticleId), ("@from", filter.From), ("@to", filter.To),
        ];
        var total = connection.Scalar<long>(null, SqliteReadSql.CountTransfers, parameters);
        var items = connection.Query(null, SqliteReadSql.Transfers, ReadTransfer, [.. parameters, .. Paging(page)]);
        return new Page<TransferRow>(total, page.Offset, page.Limit, items);
    });

    public IReadOnlyList<RelationRow> Relations(FactFilter filter) => Read(connection =>
    {
        var parameters = FactParameters(filter);
        static RelationRow Row(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3));
        return (IReadOnlyList<RelationRow>)
        [
            .. connection.Query(null, SqliteReadSql.EventRelations, Row, parameters),
            .. connection.Query(null, SqliteReadSql.TransferRelations, Row, parameters),
        ];
    });

    public IReadOnlyList<SearchHit> Search(SearchQuery query) =>
        query.Words() is { Count: > 0 } words
            ? Read(connection => SqliteSearch.Run(connection, query, words, r => new SearchHit(
                r.GetString(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.GetString(4), r.GetString(5), r.GetDouble(6))))
            : [];

    public IEnumerable<ExtractionRecord> AllRecords()
    {
        using var connection = Open();
        using var command = connection.Command(null, "SELECT record FROM articles ORDER BY seq");
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
        ("@from", filter.From), ("@to", filter.To),
    ];

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

    private static QuoteRow ReadQuote(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetBoolean(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), ReadSource(r, 6));

    private static EventRow ReadEvent(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5), r.NullableString(6),
        r.NullableString(7), r.NullableString(8), r.GetString(9), r.NullableString(10), ReadSource(r, 11));

    private static TransferRow ReadTransfer(DbDataReader r)
    {
        // The route, the sources and the evidence live only in the record: read the transfer from it.
        var record = JsonSerializer.Deserialize(r.GetString(5), RecordJsonContext.Default.TransferRecord)!;
        var (articleId, source, title, published) = (r.GetString(6), r.GetString(7), r.NullableString(8), r.NullableString(9));
        return new TransferRow(
            r.GetInt32(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4), record.Items,
            record.Quantity, record.Period, record.Route, record.Status, record.AttributedTo,
            [.. record.Evidence.Select(span => new EvidenceSource(articleId, source, title, published, span.Start, span.End))]);
    }
}
