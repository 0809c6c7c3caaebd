using System.Diagnostics;
using System.Globalization;
using Dossier.Articles;
using Dossier.Bench.Pipeline;
using Dossier.Pipeline;
using Dossier.Reading;

namespace Dossier.Bench.Layers;

/// <summary>
/// What each layer costs per article on any corpus (the French TimeBank made by
/// <c>timebank.py prepare</c>, <c>samples/</c>…), in one process and on one thread: the standard
/// pipeline cut after each step in turn, each cut run over the corpus several times, the layer's
/// cost being the difference with the cut before. Also the cold start (the first article through
/// a fresh pipeline: rule data, regexes, knowledge base, JIT) and the peak working set.
/// `dotnet run -c Release --project bench/Dossier.Bench -- layers PATH [PASSES]`
/// </summary>
internal static class LayerCost
{
    public static void Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: layers PATH [PASSES]");
            return;
        }

        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var sources = InputExpander.Expand([args[0]]).SelectMany(ArticleReader.Read)
            .Select(r => r.Source).OfType<ArticleSource>().ToList();

        // The first article pays for rule data, regexes, the knowledge base and JIT: first through
        // the layers up to times, then through all of them (the earlier layers now warm).
        var cold = Stopwatch.StartNew();
        Cut("times").Process(sources[0]);
        Console.WriteLine($"cold start, first article through the layers up to times: {cold.Elapsed.TotalMilliseconds:F0} ms");
        cold.Restart();
        StandardPipeline.Create().Process(sources[0]);
        Console.WriteLine($"then through all the layers: {cold.Elapsed.TotalMilliseconds:F0} ms");

        Console.WriteLine($"{sources.Count} articles, {sources.Sum(s => s.Raw.Length) / sources.Count} characters each on average, best of {passes} passes");
        Console.WriteLine("| through | µs per article | layer, µs per article |");
        Console.WriteLine("| --- | --- | --- |");
        // Passes go round all the cuts in turn so that a burst of load on a shared machine spoils
        // one pass of every cut rather than every pass of one; each cut keeps its best pass.
        var steps = StandardPipeline.Create().Steps.Select(step => step.Name).ToList();
        var cuts = steps.Select(Cut).ToList();
        var best = steps.Select(_ => double.MaxValue).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < cuts.Count; i++)
            {
                best[i] = Math.Min(best[i], PerArticle(cuts[i], sources));
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var layer = best[i] - (i == 0 ? 0 : best[i - 1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {steps[i]} | {best[i]:F0} | {layer:F0} |"));
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    private static ArticlePipeline Cut(string last) => PipelineCut.Through(StandardPipeline.Create(), last);

    private static double PerArticle(ArticlePipeline pipeline, List<ArticleSource> sources)
    {
        var clock = Stopwatch.StartNew();
        foreach (var source in sources)
        {
            pipeline.Process(source);
        }

        return clock.Elapsed.TotalMicroseconds / sources.Count;
    }
}
