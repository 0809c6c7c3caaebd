using Dossier.Records;

namespace Dossier.Store.Queries;

/// <summary>
/// The read side of the store for the API, the page and exports: lists of articles, entities and
/// facts with filters and paging. Safe to share between threads: each call opens its own
/// read-only connection, so readers never wait for a writer (write-ahead logging).
/// </summary>
public interface IStoreQueries
{
    Page<ArticleSummary> Articles(ArticleFilter filter, PageRequest page);

    ExtractionRecord? Article(string articleId);

    /// <summary>How an article stands among the others: the original it copies, its copies, the paragraphs it shares with others, its story.</summary>
    ArticleDetail? ArticleCopies(string articleId);

    Page<EntitySummary> Entities(EntityFilter filter, PageRequest page);

    EntitySummary? Entity(string entityId);

    /// <summary>How often an entity is mentioned per month of publication, oldest first.</summary>
    IReadOnlyList<MonthCount> MentionsByMonth(string entityId);

    Page<QuoteRow> Quotes(FactFilter filter, PageRequest page);

    Page<EventRow> Events(FactFilter filter, PageRequest page);

    Page<TransferRow> Transfers(TransferFilter filter, PageRequest page);

    /// <summary>Pairs of entities linked by events, transfers and quotes, with how many facts link them.</summary>
    IReadOnlyList<RelationRow> Relations(FactFilter filter);

    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>Stories, the most recent first.</summary>
    Page<StorySummary> Stories(PageRequest page);

    /// <summary>
    /// One story as far as a page can show it: its first <paramref name="articlesShown"/> articles,
    /// its <paramref name="factsShown"/> best-sourced facts (each with its first sources only, its
    /// counts over all of them) and the timeline of those facts.
    /// </summary>
    StoryOverview? StoryOverview(string storyId, int articlesShown, int factsShown);

    /// <summary>Dated events and transfers in the order they happened, of one story or about one entity when given.</summary>
    IReadOnlyList<TimelineEntry> Timeline(string? storyId, string? entityId);

    /// <summary>Facts whose sources disagree, of one story when given.</summary>
    IReadOnlyList<Contradiction> Contradictions(string? storyId);

    /// <summary>Every stored record, in arrival order, for exports.</summary>
    IEnumerable<ExtractionRecord> AllRecords();

    /// <summary>The records of one story's articles, copies included, in arrival order.</summary>
    IEnumerable<ExtractionRecord> StoryRecords(string storyId);
}

/// <summary>Opens the read side of a store by where it lives.</summary>
public static class StoreQueries
{
    /// <summary>Reads the SQLite store at <paramref name="path"/>, which must exist (open it with <see cref="ArticleStore"/> first to create it).</summary>
    public static IStoreQueries OpenSqlite(string path) => new Sqlite.SqliteStoreQueries(Path.GetFullPath(path));
}

/// <param name="Facts">The best-sourced facts first; each lists at most a few sources, its counts are over all.</param>
/// <param name="Timeline">Those of <paramref name="Facts"/> that are dated events and transfers, by the date they happened.</param>
public sealed record StoryOverview(StorySummary Story, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<Fact> Facts, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>Sources listed per fact: enough to compare them, few enough for a page.</summary>
    public const int SourcesShown = 20;
}

/// <summary>Which slice of a list to return: <paramref name="Offset"/> items skipped, at most <paramref name="Limit"/> returned.</summary>
public sealed record PageRequest(int Offset = 0, int Limit = 50)
{
    public const int MaxLimit = 500;
}

/// <summary>One slice of a list and how long the whole list is.</summary>
public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <param name="From">Earliest publication date kept, ISO 8601 as precise as wanted.</param>
/// <param name="To">Latest publication date kept, inclusive at its precision.</param>
/// <param name="StoryId">Keeps the articles of one story.</param>
public sealed record ArticleFilter(string? EntityId = null, string? Language = null, string? From = null, string? To = null, string? StoryId = null);

/// <param name="Type">PERSON, ORG, GPE, LOC, FAC, WEAPON, EVENT or OTHER.</param>
/// <param name="Name">Keeps entities whose name contains this text (case ignored).</param>
/// <param name="StoryId">Keeps entities mentioned in the articles of one story, counting those articles only.</param>
public sealed record EntityFilter(string? Type = null, string? Name = null, string? StoryId = null);

/// <param name="EntityId">Keeps facts involving this entity (as actor, target, supplier, recipient or speaker).</param>
/// <param name="ArticleId">Keeps facts of one article.</param>
/// <param name="From">Earliest publication date of the article carrying the fact.</param>
/// <param name="To">Latest publication date of the article carrying the fact, inclusive at its precision.</param>
/// <param name="StoryId">Keeps facts of the articles of one story.</param>
public sealed record FactFilter(
    string? EntityId = null, string? ArticleId = null, string? Type = null, string? Status = null, string? From = null, string? To = null, string? StoryId = null);

public sealed record TransferFilter(
    string? Supplier = null, string? Recipient = null, string? Status = null, string? EntityId = null, string? ArticleId = null,
    string? From = null, string? To = null, string? StoryId = null);

public sealed record ArticleSummary(string Id, string Source, string? Title, string? Published, string? Language, int Quotes, int Events, int Transfers);

public sealed record EntitySummary(string Id, string Name, string Type, long Articles, long Mentions);

public sealed record MonthCount(string Month, long Articles, long Mentions);

/// <summary>Where a fact was read: the article, its source and date, and the span of its text.</summary>
public sealed record EvidenceSource(string ArticleId, string Source, string? Title, string? Published, int Start, int End);

/// <summary>The fused fact a row of one article states, as all the articles that state it.</summary>
/// <param name="Id">The fact's id, as `dossier facts` and the story list it.</param>
/// <param name="Sources">Articles stating it, copies included.</param>
/// <param name="IndependentSources">Articles stating it, a copy and its original counted once.</param>
/// <param name="Disagreement">How its sources disagree (a denial against an assertion, different quantities), or null.</param>
public sealed record FactSummary(string Id, long Sources, long IndependentSources, string? Disagreement);

/// <param name="Fact">The fact the quote states, or null for an unattributed quote (never fused).</param>
public sealed record QuoteRow(int Ordinal, string Text, bool Direct, string? Speaker, string? SpeakerId, string? Cue, EvidenceSource Evidence, FactSummary? Fact);

/// <param name="ActorName">The actor's canonical name, as the store knows it.</param>
public sealed record EventRow(
    int Ordinal, string Type, string? Mode, string? Actor, string? ActorName, string? Target, string? TargetName,
    string? When, string? Where, string Status, string? AttributedTo, EvidenceSource Evidence, FactSummary? Fact);

/// <param name="Legs">The route cut into legs, origin first: one per pair of successive places.</param>
public sealed record TransferRow(
    int Ordinal, string? Supplier, string? SupplierName, string? Recipient, string? RecipientName, IReadOnlyList<string> Items,
    TransferQuantityRecord? Quantity, PeriodRecord? Period, IReadOnlyList<string> Route, IReadOnlyList<RouteLeg> Legs, string Status,
    IReadOnlyList<string> AttributedTo, IReadOnlyList<EvidenceSource> Evidence, FactSummary? Fact);

/// <summary>One leg of a transfer's route, from one place to the next.</summary>
/// <param name="From">Null when the record names only where the leg went.</param>
/// <param name="Mode">sea, rail, road or air when the record states how the leg was travelled; null when it does not.</param>
public sealed record RouteLeg(int Order, string? From, string To, string? Mode)
{
    /// <summary>The record's legs; a record stored before legs existed has its route cut into legs of unknown mode.</summary>
    public static IReadOnlyList<RouteLeg> Of(TransferRecord transfer) =>
        transfer.Legs is { } legs
            ? [.. legs.Select((leg, i) => new RouteLeg(i + 1, leg.From, leg.To, leg.Mode))]
            : [.. transfer.Route.Zip(transfer.Route.Skip(1), (from, to) => (from, to)).Select((leg, i) => new RouteLeg(i + 1, leg.from, leg.to, null))];
}

/// <param name="Kind">The event type (ACCUSE, SANCTION…) of events from Source to Target, or TRANSFER for transfers from supplier to recipient.</param>
public sealed record RelationRow(string Source, string Target, string Kind, long Count);
