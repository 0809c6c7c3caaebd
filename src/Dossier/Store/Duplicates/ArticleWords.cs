using System.Text.RegularExpressions;
using Dossier.Clauses;

namespace Dossier.Store.Duplicates;

/// <summary>The words of a text as the store compares them: folded (case, accents, apostrophes).</summary>
internal static partial class ArticleWords
{
    public static List<string> Of(string text) => Word().Matches(text).Select(m => WordForm.Fold(m.ValueSpan)).ToList();

    /// <summary>
    /// The most frequent long words, with how often each occurs. Six letters and more leaves out
    /// nearly every function word of French and English without a list per language; among words
    /// as frequent, the longer ones go first, since long words are the rarer ones.
    /// </summary>
    public static List<(string Word, int Count)> FrequentLongWords(IEnumerable<string> words, int count) =>
        words.Where(w => w.Length >= 6 && !w.All(char.IsDigit))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.Word.Length).ThenBy(g => g.Word, StringComparer.Ordinal)
            .Take(count)
            .ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
