using System.Text.RegularExpressions;
using Dossier.Clauses;

namespace Dossier.Store.Duplicates;

/// <summary>The words of a text as the store compares them: folded (case, accents, apostrophes).</summary>
internal static partial class ArticleWords
{
    public static List<string> Of(string text) => Word().Matches(text).Select(m => WordForm.Fold(m.ValueSpan)).ToList();

    /// <summary>
    /// The words that say what an article is about: the most frequent long words. Six letters and
    /// more leaves out nearly every function word of French and English without a list per language.
    /// </summary>
    public static List<string> KeyTerms(IEnumerable<string> words, int count) =>
        words.Where(w => w.Length >= 6 && !w.All(char.IsDigit))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.Key)
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
