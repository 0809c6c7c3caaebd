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

    bool Contains(string articleId);

    ExtractionRecord? Find(string articleId);

    long CountArticles();

    /// <summary>Articles containing every word of the query (accents and case folded, words stemmed), best first.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);
}

/// <summary>What <see cref="IArticleStore.Add"/> did with an article.</summary>
public enum IngestOutcome
{
    Stored,
    AlreadyStored,
}
