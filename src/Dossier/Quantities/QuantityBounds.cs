using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dossier.Languages;

namespace Dossier.Quantities;

/// <summary>The words before a number that bound or round it (<c>quantity-bounds.tsv</c>): "plus de", "environ", "up to".</summary>
internal sealed class QuantityBounds
{
    private static readonly ConcurrentDictionary<string, QuantityBounds> Cache = new();
    private readonly Dictionary<string, Approximation> _bounds;
    private readonly Regex _before;

    private QuantityBounds(string language)
    {
        var rows = LanguageData.Rows(language, "quantity-bounds.tsv");
        _bounds = rows.GroupBy(row => PhraseRegex.Key(row[0])).ToDictionary(g => g.Key, g => Parse(g.First()[1]));

        // Anchored at the end of the text before the number; the leftmost start wins, so "plus de" beats "de".
        _before = new Regex($@"(?<![\p{{L}}\d])(?<bound>{PhraseRegex.Alternation(rows.Select(row => row[0]))})[\s\u00A0\u202F]*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    public static QuantityBounds For(string language) => Cache.GetOrAdd(language, key => new QuantityBounds(key));

    /// <summary>The bound written just before a number and where it starts in <paramref name="before"/>, or null.</summary>
    public (Approximation Approx, int Start)? Before(string before)
    {
        var match = _before.Match(before);
        return match.Success && _bounds.TryGetValue(PhraseRegex.Key(match.Groups["bound"].Value), out var approx)
            ? (approx, match.Index)
            : null;
    }

    private static Approximation Parse(string approx) => approx switch
    {
        "about" => Approximation.About,
        "over" => Approximation.Over,
        "under" => Approximation.Under,
        "at_least" => Approximation.AtLeast,
        "up_to" => Approximation.UpTo,
        "range" => Approximation.Range,
        _ => throw new InvalidOperationException($"quantity-bounds.tsv: unknown approximation '{approx}'."),
    };
}
