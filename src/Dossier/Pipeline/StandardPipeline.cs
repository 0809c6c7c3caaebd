using Dossier.Cleaning;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Pipeline;

/// <summary>The pipeline `dossier extract` runs: every layer of the contract, in dependency order.</summary>
public static class StandardPipeline
{
    public static ArticlePipeline Create() =>
        new PipelineBuilder()
            .Add(new CleaningStep())
            .Add(new MetadataStep())
            .Add(new LanguageStep())
            .Add(new TokenStep())
            .Add(new TimeStep())
            .Build();
}
