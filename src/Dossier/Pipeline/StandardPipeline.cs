using Dossier.Cleaning;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Events;
using Dossier.Knowledge;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Quantities;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;
using Dossier.Transfers;

namespace Dossier.Pipeline;

/// <summary>The pipeline `dossier extract` runs: every layer of the contract, in dependency order.</summary>
public static class StandardPipeline
{
    public static ArticlePipeline Create()
    {
        var knowledge = KnowledgeBase.Default;
        var parties = new Parties(entity => knowledge.CountryOf(entity.Id));
        return new PipelineBuilder()
            .Add(new CleaningStep())
            .Add(new MetadataStep())
            .Add(new LanguageStep())
            .Add(new TokenStep())
            .Add(new EntityStep(knowledge))
            .Add(new TimeStep())
            .Add(new QuantityStep())
            .Add(new QuoteStep())
            .Add(new EventStep(parties))
            .Add(new TransferStep(parties))
            .Build();
    }
}
