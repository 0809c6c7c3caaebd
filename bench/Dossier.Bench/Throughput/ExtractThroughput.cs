using System.Diagnostics;
using System.Globalization;
using Dossier.Articles;
using Dossier.Bench.Pipeline;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Records;

namespace Dossier.Bench.Throughput;

/// <summary>
/// Articles per second of extraction over a corpus generated from samples/ (plain text and HTML
/// apart), files read from disk each time: the foundation layers alone (reading through tokens)
/// on one thread, then the whole pipeline with its record and JSON on one thread (with the time
/// of each part) and on every core, and the process's peak memory after each.
/// `dotnet run -c Release --project bench/Dossier.Bench -- throughput [ARTICLES] [FOLDER]`;
/// with FOLDER the generated files are kept there, for timing `dossier extract` on them.
/// </summary>
internal static class ExtractThroughput
{
    private const string LastFoundationStep = "tokens";

    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var keep = args.Length > 1;
        var root = keep ? Directory.CreateDirectory(args[1]).FullName : Directory.CreateTempSubdirectory("dossier-throughput-").FullName;
        try
        {
            var corpus = GeneratedCorpus.Write(root, count);
            Console.WriteLine($"{count} text articles and {count} HTML pages written under {root}");
            Measure(corpus);
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Measure(GeneratedCorpus corpus)
    {
        var full = StandardPipeline.Create();
        var foundation = PipelineCut.Through(full, LastFoundationStep);

        // Loads the knowledge base and compiles the code outside the timings.
        foreach (var file in corpus.TextFiles.Take(50).Concat(corpus.HtmlFiles.Take(50)))
        {
            Extract(full, file);
        }

        foreach (var (kind, files) in new[] { ("text", corpus.TextFiles), ("html", corpus.HtmlFiles) })
        {
            Report($"{kind}, foundation, 1 thread", files.Count, () => files.Sum(file => ReadThrough(foundation, file)));
        }

        foreach (var (kind, files) in new[] { ("text", corpus.TextFiles), ("html", corpus.HtmlFiles) })
        {
            var clock = new StepClock(full);
            Report($"{kind}, full, 1 thread", files.Count, () =>
            {
                clock.Run(files);
                return clock.Articles;
            });
            foreach (var (part, spent) in clock.Parts)
            {
                Console.WriteLine($"    {part,-14} {spent.TotalMicroseconds / clock.Articles,8:0} µs/article {100 * spent / clock.Total,5:0.0} %");
            }
        }

        foreach (var (kind, files) in new[] { ("text", corpus.TextFiles), ("html", corpus.HtmlFiles) })
        {
            Report($"{kind}, full, {Environment.ProcessorCount} threads", files.Count, () =>
                files.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(file => Extract(full, file)).Sum());
        }
    }

    private static int ReadThrough(ArticlePipeline pipeline, string file) =>
        ArticleReader.Read(file).Select(r => r.Source).OfType<ArticleSource>().Count(source => pipeline.Process(source).HasText);

    private static int Extract(ArticlePipeline pipeline, string file) =>
        ArticleReader.Read(file).Select(r => r.Source).OfType<ArticleSource>()
            .Select(source => RecordSerializer.Serialize(RecordMapper.ToRecord(pipeline.Process(source))))
            .Count();

    private static void Report(string what, int files, Func<int> work)
    {
        var clock = Stopwatch.StartNew();
        var articles = work();
        var seconds = clock.Elapsed.TotalSeconds;
        if (articles != files)
        {
            throw new InvalidOperationException($"{what}: {articles} of {files} files gave an article.");
        }

        Console.WriteLine($"{what,-26} {articles} in {seconds,6:0.00} s: {articles / seconds,6:0} articles/s, {1000 * seconds / articles,6:0.000} ms each; peak memory so far {PeakMiB()} MiB");
    }

    private static long PeakMiB() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
}
