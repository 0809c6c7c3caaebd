using System.Diagnostics;
using System.Globalization;
using Dossier.Articles;
using Dossier.Bench.Measuring;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Bench.Store;

/// <summary>
/// Grows a SQLite store from the generated feed, as `dossier ingest` does (extraction on every core,
/// batches of <see cref="IngestThroughput.BatchSize"/>), and at 1 000, 10 000, 100 000… articles
/// measures what a growing store must keep cheap: the ingest rate of the last stretch, the copy
/// lookup (copies of stored articles and fresh texts), full-text search with and without filters
/// (<see cref="SearchProbes"/>),
/// memory and file size. The store is kept, for the web load generator.
/// `dotnet run -c Release --project bench/Dossier.Bench -- store ARTICLES FILE [SEED]`
/// </summary>
internal static class StoreScale
{
    private const int Probes = 200;

    /// <summary>The feed a store is grown from when no seed is given.</summary>
    public const int FeedSeed = 23;

    public static void Run(string[] args)
    {
        var count = int.Parse(args[0], CultureInfo.InvariantCulture);
        var pipeline = StandardPipeline.Create();
        using var store = ArticleStore.Open(args[1]);
        var random = new Random(5);
        var seen = new Reservoir<ExtractionRecord>(Probes, random);
        var fresh = BenchArticles.Create(Probes, seed: 1234).Select(a => a.Text).ToList();
        // Another seed feeds a kept store fresh articles, to measure it at the size it has.
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : FeedSeed;
        var records = BenchArticles.Create(count, seed)
            .AsParallel().AsOrdered()
            .Select(a => RecordMapper.ToRecord(pipeline.Process(ArticleSource.PlainText(a.Name, a.Text))));

        var stored = 0;
        var next = 1000;
        var stretch = Stopwatch.StartNew();
        var stretchStart = 0;
        foreach (var batch in records.Chunk(IngestThroughput.BatchSize))
        {
            store.AddRange(batch);
            foreach (var record in batch)
            {
                seen.Offer(record);
            }

            stored += batch.Length;
            if (stored >= next || stored == count)
            {
                var rate = (stored - stretchStart) / stretch.Elapsed.TotalSeconds;
                Report(store, args[1], stored, rate, seen.Items, fresh, random);
                next *= 10;
                stretchStart = stored;
                stretch.Restart();
            }
        }
    }

    private static void Report(IArticleStore store, string file, int stored, double rate, IReadOnlyList<ExtractionRecord> sample, List<string> fresh, Random random)
    {
        Console.WriteLine($"--- {stored} articles fed, {store.CountArticles()} stored, {store.Stories().Count} stories");
        Console.WriteLine($"ingest, last stretch      {rate,8:0} articles/s");

        var copies = new Latencies();
        var found = sample.Count(r => copies.Time(() => store.OriginalOf(Edited(r.Text))) is not null);
        Console.WriteLine($"copy lookup, edited copy  {copies.Summary()}  ({found} of {sample.Count} found)");
        var strangers = new Latencies();
        var wrong = fresh.Count(t => strangers.Time(() => store.OriginalOf(t)) is not null);
        Console.WriteLine($"copy lookup, fresh text   {strangers.Summary()}  ({wrong} of {fresh.Count} taken for copies)");

        SearchProbes.Measure(store, sample, random);
        Console.WriteLine(StoryQuality.Measure(file));
        var megabytes = new FileInfo(file).Length / (1024.0 * 1024.0);
        Console.WriteLine($"working set {Environment.WorkingSet / (1024 * 1024)} MiB (peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB), store file {megabytes:0} MiB");
    }

    /// <summary>A wire copy as outlets run them: the last paragraph cut and a word of the first changed.</summary>
    private static string Edited(string text)
    {
        var paragraphs = text.Split('\n');
        var kept = paragraphs.Length > 3 ? paragraphs[..^1] : paragraphs;
        kept[0] = kept[0].Replace(" the ", " this ", StringComparison.Ordinal);
        return string.Join('\n', kept);
    }

    /// <summary>A uniform sample of everything offered so far (reservoir sampling), so probes come from the whole store.</summary>
    private sealed class Reservoir<T>(int size, Random random)
    {
        private readonly List<T> _items = [];
        private long _offered;

        public IReadOnlyList<T> Items => _items;

        public void Offer(T item)
        {
            _offered++;
            if (_items.Count < size)
            {
                _items.Add(item);
            }
            else if (random.NextInt64(_offered) is var slot && slot < size)
            {
                _items[(int)slot] = item;
            }
        }
    }
}
