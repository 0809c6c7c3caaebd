using System.Diagnostics;
using Dossier.Cli.Extract;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Cli.Ingest;

/// <summary>
/// Extracts in parallel and stores on this thread, a batch of articles per transaction. An article
/// is counted as stored only once its batch has committed, so what the progress reports survives a
/// kill; and because the store keys articles by the hash of their text, running the same ingest
/// again after an interruption skips what was stored and adds the rest: nothing lost, nothing twice.
/// </summary>
internal sealed class IngestRunner(IReadOnlyList<string> paths, Func<IArticleStore> openStore, int threads)
{
    /// <summary>Articles per transaction: enough that the commit is paid rarely, few enough that a kill redoes little.</summary>
    private const int BatchSize = 200;

    /// <summary>A slow trickle of articles (a large HTML page, a feed) is still committed this often.</summary>
    private static readonly TimeSpan BatchAge = TimeSpan.FromSeconds(1);

    public int Run()
    {
        using var store = openStore();
        var tally = new IngestTally();
        IngestProgress.Show(ArticleExtraction.CountInputs(paths), tally, progress =>
        {
            var batch = new List<ExtractionRecord>(BatchSize);
            var age = Stopwatch.StartNew();
            foreach (var result in ArticleExtraction.Run<ExtractionRecord>(paths, threads, record => record))
            {
                if (result.Error is { } error)
                {
                    tally.CountFailure();
                    progress.Failed(error);
                    progress.Advanced();
                }
                else
                {
                    if (batch.Count == 0)
                    {
                        age.Restart();
                    }

                    batch.Add(result.Value!);
                }

                if (batch.Count >= BatchSize || (batch.Count > 0 && age.Elapsed >= BatchAge))
                {
                    Store(store, batch, tally, progress);
                }
            }

            Store(store, batch, tally, progress);
        });
        return tally.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static void Store(IArticleStore store, List<ExtractionRecord> batch, IngestTally tally, IngestProgress progress)
    {
        if (batch.Count == 0)
        {
            return;
        }

        foreach (var outcome in store.AddRange(batch))
        {
            tally.Count(outcome);
        }

        batch.Clear();
        progress.Advanced();
    }
}
