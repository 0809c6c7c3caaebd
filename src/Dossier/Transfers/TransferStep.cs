using Dossier.Articles;
using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Languages;
using Dossier.Pipeline;
using Dossier.Quantities;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Transfers;

/// <summary>
/// SIPRI-like records of weapons, munitions, equipment or technology moving between parties,
/// in either direction and whatever their status (stated, alleged, denied, sought, hypothetical).
/// </summary>
public sealed class TransferStep : Step<TransferLayer>
{
    private readonly Dictionary<string, TransferFinder> _finders;

    public TransferStep(Parties parties) =>
        _finders = LanguageData.Supported.ToDictionary(code => code, code => new TransferFinder(code, parties));

    public override string Name => "transfers";

    public override IReadOnlyList<Type> Requires => [typeof(TokenLayer), typeof(EntityLayer), typeof(TimeLayer), typeof(QuoteLayer), typeof(QuantityLayer)];

    protected override TransferLayer Produce(Article article)
    {
        var sentences = SentenceView.All(article);
        var context = new SpeakerContext(article.Get<QuoteLayer>().Quotes, sentences);
        var quantities = article.Get<QuantityLayer>().Quantities;
        var times = article.Get<TimeLayer>().Times;
        var merger = new TransferMerger();
        foreach (var finder in RuleLanguages.Of(article).Select(code => _finders[code]))
        {
            foreach (var sentence in sentences)
            {
                var period = TransferFinder.PeriodOf(sentence, times);
                foreach (var mention in finder.Find(sentence, context, quantities, period, StatusAt))
                {
                    merger.Add(mention);
                }
            }
        }

        return new TransferLayer(merger.Transfers());

        // A supplier's own statement about its deliveries is asserted, not reported.
        ClaimStatus StatusAt(TextSpan cue, IReadOnlyList<EntityId> suppliers) =>
            ClaimStatusClassifier.Classify(article, cue, speaker => suppliers.Contains(speaker.Id));
    }
}
