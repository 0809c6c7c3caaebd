using Dossier.Pipeline;

namespace Dossier.Bench.Pipeline;

/// <summary>
/// A pipeline cut after one of its steps. A step cannot be timed alone, because it writes its layer
/// into the article and a layer can be written only once; what a layer costs is the difference
/// between the cut after it and the cut before.
/// </summary>
internal static class PipelineCut
{
    public static ArticlePipeline Through(ArticlePipeline pipeline, string step)
    {
        var builder = new PipelineBuilder();
        foreach (var kept in pipeline.Steps)
        {
            builder.Add(kept);
            if (kept.Name == step)
            {
                return builder.Build();
            }
        }

        throw new InvalidOperationException($"The pipeline has no step named {step}.");
    }
}
