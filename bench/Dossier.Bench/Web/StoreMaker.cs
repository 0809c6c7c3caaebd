using System.Globalization;
using Dossier.Articles;
using Dossier.Bench.Store;
using Dossier.Pipeline;
using Dossier.Records;
using Dossier.Store;

namespace Dossier.Bench.Web;

/// <summary>
/// Fills a SQLite store with the generated bench articles and keeps it, for the load generator
/// to be tried on a store of a chosen size.
/// `dotnet run -c Release --project bench/Dossier.Bench -- web-store ARTICLES FILE`
/// </summary>
internal static class StoreMaker
{
    public static void Run(string[] args)
    {
        var count = int.Parse(args[0], CultureInfo.InvariantCulture);
        var pipeline = StandardPipeline.Create();
        using var store = ArticleStore.Open(args[1]);
        var stored = 0;
        var records = BenchArticles.Create(count, seed: 23)
            .AsParallel().AsOrdered()
            .Select(a => RecordMapper.ToRecord(pipeline.Process(ArticleSource.PlainText(a.Name, a.Text))));
        // In batches, as `dossier ingest` stores.
        foreach (var batch in records.Chunk(IngestThroughput.BatchSize))
        {
            store.AddRange(batch);
            stored += batch.Length;
            if (stored % 10_000 < batch.Length)
            {
                Console.WriteLine($"{stored} articles stored");
            }
        }

        Console.WriteLine($"{store.Location}: {store.CountArticles()} articles, {store.Stories().Count} stories");
    }
}
