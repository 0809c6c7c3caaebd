using Dossier.Articles;
using Dossier.Language;
using Dossier.Languages;

namespace Dossier.Clauses;

/// <summary>Which languages' rules to apply to an article.</summary>
public static class RuleLanguages
{
    /// <summary>The article's language when rules exist for it; otherwise every language's rules,
    /// since a trigger of the wrong language rarely matches by chance.</summary>
    public static IReadOnlyList<string> Of(Article article) =>
        article.TryGet<DetectedLanguage>()?.Code is { } code && LanguageData.Supported.Contains(code) ? [code] : LanguageData.Supported;
}
