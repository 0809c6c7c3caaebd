using Dossier.Cli.Ingest;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Cli.Worker;

/// <summary>
/// Several loops, each with its own store connection, claiming queued articles a batch at a time
/// until told to stop. An article is counted once its batch has committed.
/// </summary>
internal sealed class WorkerRunner(Func<IArticleStore> openStore, int threads, int batch, bool untilEmpty)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    private readonly IngestTally tally = new();
    private readonly Lock tallyLock = new();
    private readonly string name = $"{Environment.MachineName}:{Environment.ProcessId}";

    public int Run()
    {
        using (var probe = openStore())
        {
            if (probe is not IIngestQueue)
            {
                Console.Error.WriteLine($"dossier: {probe.Location}: workers need a queue, which only a PostgreSQL store has (--store postgresql://…)");
                return ExitCodes.Usage;
            }
        }

        var pipeline = StandardPipeline.Create();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var loops = Enumerable.Range(0, threads).Select(i => Task.Run(() => Loop(pipeline, $"{name}/{i}"))).ToArray();
        try
        {
            Task.WaitAll(loops);
        }
        catch (AggregateException error) when (error.InnerException is StoreException store)
        {
            // A store that fails under one loop fails under all: report it as the command does.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(store);
        }

        Console.Error.WriteLine($"dossier: worker: {tally.Summary(clock.Elapsed)}");
        return tally.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private void Loop(ArticlePipeline pipeline, string worker)
    {
        using var store = openStore();
        var queue = (IIngestQueue)store;
        while (true)
        {
            var outcomes = queue.ProcessBatch(worker, batch, source => RecordMapper.ToRecord(pipeline.Process(source)));
            if (outcomes.Count == 0)
            {
                if (untilEmpty)
                {
                    return;
                }

                Thread.Sleep(Poll);
                continue;
            }

            lock (tallyLock)
            {
                foreach (var outcome in outcomes)
                {
                    if (outcome.Error is { } error)
                    {
                        tally.CountFailure();
                        Console.Error.WriteLine($"dossier: {error}");
                    }
                    else
                    {
                        tally.Count(outcome.Stored!.Value);
                    }
                }
            }
        }
    }
}
