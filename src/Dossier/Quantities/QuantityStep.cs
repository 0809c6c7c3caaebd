using Dossier.Articles;
using Dossier.Language;
using Dossier.Pipeline;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Quantities;

/// <summary>Counted and measured amounts with their bounds and units, in the article's language.</summary>
public sealed class QuantityStep : Step<QuantityLayer>
{
    public override string Name => "quantities";

    public override IReadOnlyList<Type> Requires => [typeof(TokenLayer), typeof(DetectedLanguage), typeof(TimeLayer)];

    protected override QuantityLayer Produce(Article article)
    {
        // Dates and times of day hold numbers that are not amounts; durations ("20 mois") are amounts too.
        var dates = article.Get<TimeLayer>().Times.Where(t => t.Type is not TimexType.DURATION).Select(t => t.Span).ToList();
        var recognizer = QuantityRecognizer.For(RuleLanguage.For(article));
        return new QuantityLayer(recognizer.Recognize(article.Text, dates, article.Get<TokenLayer>().Sentences));
    }
}
