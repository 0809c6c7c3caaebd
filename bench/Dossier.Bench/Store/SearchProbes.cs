using System.Globalization;
using Dossier.Articles;
using Dossier.Bench.Measuring;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Bench.Store;

/// <summary>
/// Search latency by kind of query (one word, two, each filter), with queries built from stored
/// articles' own words and entities so each kind finds something.
/// `-- search LOCATION ARTICLES [SEED]` measures a store already grown by `-- store ARTICLES FILE [SEED]`
/// (SQLite file or PostgreSQL URL): the feed is generated again and its articles drawn uniformly,
/// so two versions of the store code meet the same queries.
/// </summary>
internal static class SearchProbes
{
    private const int Probes = 200;

    public static void Run(string[] args)
    {
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : StoreScale.FeedSeed;
        var random = new Random(5);
        var drawn = Enumerable.Range(0, Probes).Select(_ => random.Next(count)).ToHashSet();
        var pipeline = StandardPipeline.Create();
        var sample = BenchArticles.Create(count, seed)
            .Where((_, i) => drawn.Contains(i))
            .Select(a => RecordMapper.ToRecord(pipeline.Process(ArticleSource.PlainText(a.Name, a.Text))))
            .ToList();
        using var store = ArticleStore.Open(args[0]);
        Console.WriteLine($"{store.CountArticles()} articles stored, {sample.Count} probes");
        Measure(store, sample, random);
    }

    public static void Measure(IArticleStore store, IReadOnlyList<ExtractionRecord> sample, Random random)
    {
        foreach (var (kind, queries) in Queries(sample, random))
        {
            var latencies = new Latencies();
            var hits = queries.Sum(q => latencies.Time(() => store.Search(q)).Count);
            Console.WriteLine($"search, {kind,-17} {latencies.Summary()}  ({hits / (double)queries.Count:0.0} hits per query)");
        }
    }

    private static IEnumerable<(string Kind, List<SearchQuery> Queries)> Queries(IReadOnlyList<ExtractionRecord> sample, Random random)
    {
        string Word(ExtractionRecord r)
        {
            var words = r.Text.Split([' ', '\n', ',', '.', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5).ToArray();
            return words[random.Next(words.Length)];
        }

        var withEntity = sample.Where(r => r.Entities.Count > 0).ToList();
        var dated = sample.Where(r => r.Published is { Length: >= 4 }).ToList();
        yield return ("one word", [.. sample.Select(r => new SearchQuery(Word(r)))]);
        yield return ("two words", [.. sample.Select(r => new SearchQuery($"{Word(r)} {Word(r)}"))]);
        yield return ("word + entity", [.. withEntity.Select(r => new SearchQuery(Word(r), EntityId: r.Entities[random.Next(r.Entities.Count)].Id))]);
        yield return ("word + year", [.. dated.Select(r => new SearchQuery(Word(r), From: r.Published![..4], To: r.Published[..4]))]);
        yield return ("word + language", [.. sample.Select(r => new SearchQuery(Word(r), Language: r.Language))]);
    }
}
