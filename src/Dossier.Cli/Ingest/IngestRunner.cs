using Dossier.Cli.Extract;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Cli.Ingest;

/// <summary>
/// Extracts in parallel and stores on this thread, one transaction per article. Because the store
/// keys articles by the hash of their text, running the same ingest again after an interruption
/// skips what was stored and adds the rest: nothing lost, nothing twice.
/// </summary>
internal sealed class IngestRunner(IReadOnlyList<string> paths, Func<IArticleStore> openStore, int threads)
{
    public int Run()
    {
        using var store = openStore();
        var tally = new IngestTally();
        IngestProgress.Show(ArticleExtraction.CountInputs(paths), tally, progress =>
        {
            foreach (var result in ArticleExtraction.Run<ExtractionRecord>(paths, threads, record => record))
            {
                if (result.Error is { } error)
                {
                    tally.CountFailure();
                    progress.Failed(error);
                }
                else
                {
                    tally.Count(store.Add(result.Value!));
                }

                progress.Advanced();
            }
        });
        return tally.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
