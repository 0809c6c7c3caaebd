using System.Text.RegularExpressions;

namespace Dossier.Languages;

/// <summary>Turns rule-data phrases into regular-expression alternations and lookup keys.</summary>
internal static partial class PhraseRegex
{
    /// <summary>
    /// An alternation of <paramref name="phrases"/>, longest first so "l'année dernière" wins over
    /// "l'année"; spaces match any run of whitespace (articles carry U+00A0) and an apostrophe
    /// matches the typographic one too.
    /// </summary>
    public static string Alternation(IEnumerable<string> phrases)
    {
        var parts = phrases.Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(phrase => phrase.Length)
            .Select(Escape)
            .ToList();
        return parts.Count == 0 ? "(?!)" : "(?:" + string.Join('|', parts) + ")";
    }

    /// <summary>The form under which a phrase and the text that matched it are looked up.</summary>
    public static string Key(string text) =>
        Whitespace().Replace(text.Replace('’', '\'').ToLowerInvariant(), " ").Trim();

    private static string Escape(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
            .Replace("'", "['’]", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
