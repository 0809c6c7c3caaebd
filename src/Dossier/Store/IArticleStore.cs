using Dossier.Records;

namespace Dossier.Store;

/// <summary>
/// Where extraction records are kept and where the work across articles happens. One instance holds
/// one connection: use it from one thread at a time (open one per thread or process instead).
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The file or server the store lives in, as errors name it.</summary>
    string Location { get; }

    /// <summary>
    /// Stores an article with all its layers in one transaction. The key is the hash of the cleaned
    /// text, so the same text stored twice is kept once and the second call says so.
    /// </summary>
    IngestOutcome Add(ExtractionRecord record);

    /// <summary>
    /// Stores several articles in one transaction, as <see cref="Add"/> does each: all of them or,
    /// if the process dies first, none. A batch costs one commit instead of one per article.
    /// </summary>
    IReadOnlyList<IngestOutcome> AddRange(IReadOnlyList<ExtractionRecord> records);

    /// <summary>The stored article this text is a copy of (the first of a chain of copies), or null; stores nothing.</summary>
    string? OriginalOf(string text);

    /// <summary>Paragraphs this article reprints from others, and others reprint from it.</summary>
    IReadOnlyList<PartialCopy> PartialCopies(string articleId);

    bool Contains(string articleId);

    ExtractionRecord? Find(string articleId);

    long CountArticles();

    /// <summary>Articles containing every word of the query (accents and case folded, words stemmed), best first.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>Every story, the most recent first.</summary>
    IReadOnlyList<StorySummary> Stories();

    /// <summary>The story, or the one it was merged into (whose id the answer then carries).</summary>
    StoryDetail? Story(string storyId);

    /// <summary>Stories merged into others, grouped by the story they went into.</summary>
    IReadOnlyList<MergedStory> MergedStories();

    /// <summary>The article by its id, or by the start of its id when only one article's id starts so; null otherwise.</summary>
    ArticleDetail? Article(string articleId);

    /// <summary>Dated events and transfers in date order, of one story or about one entity when given.</summary>
    IReadOnlyList<TimelineEntry> Timeline(string? storyId = null, string? entityId = null);

    /// <summary>Fused transfers, optionally of one supplier or recipient, the best sourced first.</summary>
    IReadOnlyList<Fact> Transfers(string? supplierId = null, string? recipientId = null);

    /// <summary>Every fact with more than one source, the best sourced first.</summary>
    IReadOnlyList<Fact> Facts();

    /// <summary>Facts whose sources disagree: a denial against an assertion, different quantities, different dates of one event.</summary>
    IReadOnlyList<Contradiction> Contradictions();
}

/// <summary>What <see cref="IArticleStore.Add"/> did with an article.</summary>
public enum IngestOutcome
{
    Stored,
    AlreadyStored,
}
