using Dossier.Cli.Extract;
using Dossier.Store;

namespace Dossier.Cli.Ingest;

/// <summary>
/// `dossier ingest --queue`: reads the inputs and leaves them in the store's queue for workers.
/// Queuing an input twice is harmless: the worker finds the article already stored.
/// </summary>
internal static class QueueRunner
{
    public static int Run(IReadOnlyList<string> paths, Func<IArticleStore> openStore)
    {
        using var store = openStore();
        if (store is not IIngestQueue queue)
        {
            Console.Error.WriteLine($"dossier: {store.Location}: --queue needs a store workers on other machines can reach (--store postgresql://…)");
            return ExitCodes.Usage;
        }

        var (queued, failed) = (0, 0);
        foreach (var result in ArticleExtraction.ReadAll(paths))
        {
            if (result.Failure is { } failure)
            {
                failed++;
                Console.Error.WriteLine($"dossier: {failure}");
                continue;
            }

            queue.Enqueue(result.Source!);
            queued++;
        }

        Console.Error.WriteLine($"dossier: ingest: {queued} queued, {failed} failed; {queue.CountPending()} pending in {store.Location}");
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
