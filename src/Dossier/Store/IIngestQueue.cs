using Dossier.Articles;
using Dossier.Records;

namespace Dossier.Store;

/// <summary>
/// Articles read but not yet extracted, waiting in the store for workers on any machine. Claiming,
/// storing and marking done happen in one transaction per batch, so a worker killed midway leaves
/// its whole batch to be claimed again and two workers never take the same article.
/// </summary>
public interface IIngestQueue
{
    void Enqueue(ArticleSource source);

    long CountPending();

    /// <summary>
    /// Claims up to <paramref name="max"/> pending articles, extracts each with <paramref name="extract"/>
    /// and stores them all in one transaction; empty when none is pending.
    /// </summary>
    IReadOnlyList<QueueOutcome> ProcessBatch(string worker, int max, Func<ArticleSource, ExtractionRecord> extract);
}

/// <summary>What became of one queued article: stored (or found stored), or why it failed.</summary>
public sealed record QueueOutcome(string Location, IngestOutcome? Stored, string? Error);
