using System.Data.Common;
using Dossier.Records;
using Dossier.Store.Duplicates;
using Dossier.Store.Facts;
using Dossier.Store.Stories;

namespace Dossier.Store.Sql;

/// <summary>
/// What every SQL provider shares: the same tables, the same statements and one transaction per
/// batch of articles. A provider supplies the connection, its dialect's few statements and its error wording.
/// </summary>
internal abstract class SqlArticleStore : IArticleStore
{
    private readonly TimeProvider clock;
    private readonly WriteSession writes;

    protected SqlArticleStore(DbConnection connection, string location, TimeProvider clock)
    {
        Connection = connection;
        Location = location;
        this.clock = clock;
        writes = new WriteSession(connection);
    }

    public string Location { get; }

    protected DbConnection Connection { get; }

    private StoreQueries Queries => new(Connection);

    public IngestOutcome Add(ExtractionRecord record) => AddRange([record])[0];

    public IReadOnlyList<IngestOutcome> AddRange(IReadOnlyList<ExtractionRecord> records) => Guard(() =>
    {
        using var transaction = BeginWrite();
        var outcomes = records.Select(record => AddWithin(transaction, record)).ToList();
        transaction.Commit();
        Grown();
        return (IReadOnlyList<IngestOutcome>)outcomes;
    });

    /// <summary>Writes the article, its layers and its place among the others in the caller's write transaction.</summary>
    protected IngestOutcome AddWithin(DbTransaction transaction, ExtractionRecord record)
    {
        writes.Begin(transaction);
        var id = ArticleIds.Of(record);
        try
        {
            if (LayerWriter.TryInsertArticle(writes, id, record, clock.GetUtcNow()) is not { } seq)
            {
                return IngestOutcome.AlreadyStored;
            }

            LayerWriter.WriteLayers(writes, id, record);
            IndexForSearch(writes, seq);
            PlaceAmongOthers(id, seq, record);
            // Its last writes go now rather than with the next article's first read, so that an
            // error in them is reported as this article's.
            writes.Flush();
            return IngestOutcome.Stored;
        }
        catch (DbException error) when (Explain(error) is null)
        {
            throw new StoreException($"{Location}: storing article {id} from {record.Source} failed, nothing of its batch was stored ({error.Message})", error);
        }
    }

    // In the article's own transaction: a killed ingest never leaves an article outside its story or facts.
    private void PlaceAmongOthers(string id, long seq, ExtractionRecord record)
    {
        var words = ArticleWords.Of(record.Text);
        var original = DuplicateFinder.Place(writes, id, seq, words);
        ParagraphIndex.Place(writes, id, record.Text, original);
        StoryClusterer.Place(writes, id, seq, record, original, words);
        FactFuser.Place(writes, id, seq, record);
    }

    public string? OriginalOf(string text) => Guard(() =>
    {
        writes.Begin(null);
        return DuplicateFinder.OriginalOf(writes, ArticleWords.Of(text));
    });

    public IReadOnlyList<PartialCopy> PartialCopies(string articleId) => Guard(() => Queries.PartialCopies(articleId));

    public bool Contains(string articleId) => Guard(() =>
        Connection.Scalar<long>(null, "SELECT COUNT(*) FROM articles WHERE id = @id", ("@id", articleId)) > 0);

    public ExtractionRecord? Find(string articleId) => Guard(() =>
        Connection.Scalar<string>(null, "SELECT record FROM articles WHERE id = @id", ("@id", articleId)) is { } json
            ? RecordSerializer.Deserialize(json)
            : null);

    public long CountArticles() => Guard(() => Connection.Scalar<long>(null, "SELECT COUNT(*) FROM articles"));

    public IReadOnlyList<SearchHit> Search(SearchQuery query) =>
        query.Words() is { Count: > 0 } words ? Guard(() => Search(query, words)) : [];

    public IReadOnlyList<StorySummary> Stories() => Guard(() => Queries.Stories());

    public StoryDetail? Story(string storyId) => Guard(() => Queries.Story(storyId));

    public IReadOnlyList<MergedStory> MergedStories() => Guard(() => Queries.MergedStories());

    public ArticleDetail? Article(string articleId) => Guard(() => Queries.Article(articleId));

    public IReadOnlyList<TimelineEntry> Timeline(string? storyId = null, string? entityId = null) => Guard(() => Queries.Timeline(storyId, entityId));

    public IReadOnlyList<Fact> Transfers(string? supplierId = null, string? recipientId = null) => Guard(() => Queries.Transfers(supplierId, recipientId));

    public IReadOnlyList<Fact> Facts() => Guard(() => Queries.Facts());

    public IReadOnlyList<Contradiction> Contradictions() => Guard(() => Queries.Contradictions());

    public void Dispose()
    {
        writes.Dispose();
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Called after each batch is committed: the store may have grown enough to need new statistics.</summary>
    protected virtual void Grown()
    {
    }

    /// <summary>Adds the stored article to the provider's full-text index, once its layers are written (the index may hold its entities).</summary>
    protected abstract void IndexForSearch(WriteSession db, long seq);

    /// <summary>The provider's full-text search, for a query with at least one word.</summary>
    protected abstract IReadOnlyList<SearchHit> Search(SearchQuery query, IReadOnlyList<string> words);

    protected static SearchHit ReadHit(DbDataReader row) => new(
        row.GetString(0), row.NullableString(1), row.NullableString(2), row.NullableString(3), row.GetString(4), row.GetString(5), row.GetDouble(6));

    /// <summary>Opens a transaction that will write: it must exclude other writers from the start.</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Turns a provider error about the store itself (corrupt, locked, refused) into a <see cref="StoreException"/>; null for the others.</summary>
    protected abstract StoreException? Explain(DbException error);

    protected T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DbException error) when (Explain(error) is { } explained)
        {
            throw explained;
        }
    }
}
