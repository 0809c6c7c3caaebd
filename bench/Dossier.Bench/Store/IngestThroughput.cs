using System.Diagnostics;
using System.Globalization;
using Dossier.Articles;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Bench.Store;

/// <summary>
/// End-to-end ingest rate, as `dossier ingest` does it: extraction on every core, one writer
/// storing a batch of articles per transaction (layers, copies, story, facts). Also the two
/// halves alone, to see which one bounds the whole.
/// `dotnet run -c Release --project bench/Dossier.Bench -- ingest [ARTICLES] [postgresql://…]`
/// </summary>
internal static class IngestThroughput
{
    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var folder = Directory.CreateTempSubdirectory("dossier-bench-");
        var location = args.Length > 1 ? args[1] : Path.Combine(folder.FullName, "bench.db");
        try
        {
            var sources = BenchArticles.Create(count).Select(a => ArticleSource.PlainText(a.Name, a.Text)).ToList();
            var pipeline = StandardPipeline.Create();
            pipeline.Process(sources[0]); // load the knowledge base outside the timings

            var records = Time("extract only", count, () => Extract(pipeline, sources).ToList());
            using (var store = ArticleStore.Open(location))
            {
                Time("store only", count, () => StoreInBatches(store, records));
            }

            var second = location.StartsWith("postgres", StringComparison.Ordinal) ? location : Path.Combine(folder.FullName, "bench2.db");
            using (var store = ArticleStore.Open(second))
            {
                // Fresh texts: the first store already holds the others and would only skip them.
                var fresh = BenchArticles.Create(count, seed: 99).Select(a => ArticleSource.PlainText(a.Name, a.Text)).ToList();
                Time("extract + store", count, () => StoreInBatches(store, Extract(pipeline, fresh)));
                Console.WriteLine($"stories: {store.Stories().Count}, articles: {store.CountArticles()}");
            }

            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB; collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>As `dossier ingest` stores: one transaction per batch of <see cref="BatchSize"/> articles.</summary>
    public static void StoreInBatches(IArticleStore store, IEnumerable<ExtractionRecord> records)
    {
        foreach (var batch in records.Chunk(BatchSize))
        {
            store.AddRange(batch);
        }
    }

    public const int BatchSize = 200;

    private static ParallelQuery<ExtractionRecord> Extract(ArticlePipeline pipeline, List<ArticleSource> sources) =>
        sources.AsParallel().AsOrdered().Select(s => RecordMapper.ToRecord(pipeline.Process(s)));

    private static T Time<T>(string what, int count, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"{what,-16} {count} articles in {clock.Elapsed.TotalSeconds:0.00} s: {count / clock.Elapsed.TotalSeconds:0} articles/s");
        return result;
    }

    private static void Time(string what, int count, Action work) => Time(what, count, () =>
    {
        work();
        return 0;
    });
}
