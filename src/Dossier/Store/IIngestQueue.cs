using Dossier.Articles;
using Dossier.Records;

namespace Dossier.Store;

/// <summary>
/// Articles read but not yet extracted, waiting in the store for workers on any machine. Claiming,
/// storing and marking done happen in one transaction, so a worker killed midway leaves its
/// article to be claimed again and two workers never take the same one.
/// </summary>
public interface IIngestQueue
{
    void Enqueue(ArticleSource source);

    long CountPending();

    /// <summary>Claims one pending article, extracts it with <paramref name="extract"/> and stores it; null when none is pending.</summary>
    QueueOutcome? ProcessNext(string worker, Func<ArticleSource, ExtractionRecord> extract);
}

/// <summary>What became of one queued article: stored (or found stored), or why it failed.</summary>
public sealed record QueueOutcome(string Location, IngestOutcome? Stored, string? Error);
