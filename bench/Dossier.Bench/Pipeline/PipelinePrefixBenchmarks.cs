using BenchmarkDotNet.Attributes;
using Dossier.Articles;
using Dossier.Pipeline;

namespace Dossier.Bench.Pipeline;

/// <summary>
/// The standard pipeline over the sample corpus, cut after each step in turn: the difference
/// between two consecutive rows is what one layer costs. A step cannot be timed alone because it
/// writes its layer into the article, which can be written once.
/// </summary>
[MemoryDiagnoser]
public class PipelinePrefixBenchmarks
{
    private List<ArticleSource> _sources = [];
    private ArticlePipeline _prefix = null!;

    public static IEnumerable<string> Steps => StandardPipeline.Create().Steps.Select(step => step.Name);

    [ParamsSource(nameof(Steps))]
    public string Through { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _sources = SampleCorpus.Articles().ToList();
        _prefix = PipelineCut.Through(StandardPipeline.Create(), Through);
    }

    /// <summary>One pass over the corpus; divide by <see cref="SampleCorpus"/>'s article count for the per-article figure.</summary>
    [Benchmark]
    public int Corpus()
    {
        var layers = 0;
        foreach (var source in _sources)
        {
            layers += _prefix.Process(source).HasText ? 1 : 0;
        }

        return layers;
    }
}
