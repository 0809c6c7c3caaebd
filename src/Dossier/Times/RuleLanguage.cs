using Dossier.Articles;
using Dossier.Language;
using Dossier.Languages;

namespace Dossier.Times;

/// <summary>
/// Which language's rules read an article: the detected language when rules exist for it,
/// otherwise the supported language whose frequent words ("marker" rows of time-words.tsv)
/// occur most, so a plain-text file with no stated language still gets its dates.
/// </summary>
internal static class RuleLanguage
{
    public static string For(Article article)
    {
        if (article.TryGet<DetectedLanguage>()?.Code is { } code && LanguageData.Supported.Contains(code))
        {
            return code;
        }

        var words = article.Text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Take(400)
            .Select(word => word.ToLowerInvariant())
            .ToList();
        return LanguageData.Supported
            .MaxBy(language =>
            {
                var markers = TimeWords.For(language).Words("marker").ToHashSet(StringComparer.Ordinal);
                return words.Count(markers.Contains);
            })!;
    }
}
