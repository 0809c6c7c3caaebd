using System.Diagnostics;
using System.Globalization;
using Dossier.Articles;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Bench.Store;

/// <summary>
/// The rate of `dossier worker` over a queued corpus: queues generated articles in an empty
/// PostgreSQL store, then drains the queue as the worker does (one loop per core, each on its
/// own connection, claiming BATCH articles per transaction).
/// `dotnet run -c Release --project bench/Dossier.Bench -- worker ARTICLES postgresql://… [BATCH]`
/// </summary>
internal static class WorkerThroughput
{
    public static void Run(string[] args)
    {
        var count = int.Parse(args[0], CultureInfo.InvariantCulture);
        var location = args[1];
        var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var pipeline = StandardPipeline.Create();
        using (var store = ArticleStore.Open(location))
        {
            var queue = (IIngestQueue)store;
            foreach (var (name, text) in BenchArticles.Create(count, seed: 31))
            {
                queue.Enqueue(ArticleSource.PlainText(name, text));
            }

            pipeline.Process(ArticleSource.PlainText("warm-up", "North Korea sent shells to Russia.")); // load the knowledge base outside the timing
        }

        var clock = Stopwatch.StartNew();
        var stored = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(i => Task.Run(() => Drain(location, $"bench/{i}", batch, pipeline)))
            .ToArray();
        Task.WaitAll(stored);
        var total = stored.Sum(t => t.Result);
        Console.WriteLine($"worker (batch {batch}, {stored.Length} loops) {total} articles in {clock.Elapsed.TotalSeconds:0.00} s: {total / clock.Elapsed.TotalSeconds:0} articles/s");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    private static int Drain(string location, string worker, int batch, ArticlePipeline pipeline)
    {
        using var store = ArticleStore.Open(location);
        var queue = (IIngestQueue)store;
        var done = 0;
        while (queue.ProcessBatch(worker, batch, source => RecordMapper.ToRecord(pipeline.Process(source))) is { Count: > 0 } outcomes)
        {
            done += outcomes.Count;
        }

        return done;
    }
}
