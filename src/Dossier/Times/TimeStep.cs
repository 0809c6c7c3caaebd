using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Pipeline;

namespace Dossier.Times;

/// <summary>TIMEX3 time expressions of the text, resolved against the article's publication date.</summary>
public sealed class TimeStep : Step<TimeLayer>
{
    public override string Name => "times";

    public override IReadOnlyList<Type> Requires => [typeof(Paragraphs), typeof(ArticleMetadata), typeof(DetectedLanguage)];

    protected override TimeLayer Produce(Article article) =>
        new(TimeRecognizer.Recognize(article.Text, RuleLanguage.For(article), article.Get<ArticleMetadata>().Published));
}
