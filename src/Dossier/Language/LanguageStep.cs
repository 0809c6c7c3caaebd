using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;

namespace Dossier.Language;

/// <summary>The article's language: the source's own statement when it gives one, else what its character n-grams tell.</summary>
public sealed class LanguageStep : Step<DetectedLanguage>
{
    public override string Name => "language";

    public override IReadOnlyList<Type> Requires => [typeof(Paragraphs)];

    protected override DetectedLanguage Produce(Article article) =>
        article.Source.Hints.Language is { Length: > 0 } code
            ? new DetectedLanguage(code.ToLowerInvariant(), 1.0)
            : NgramLanguageIdentifier.Identify(article.Text);
}
