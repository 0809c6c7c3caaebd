using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dossier.Languages;
using Dossier.Times;

namespace Dossier.Quantities;

/// <summary>What numbers count or measure (<c>quantity-units.tsv</c>), read to English singular units.</summary>
internal sealed class QuantityUnits
{
    private static readonly ConcurrentDictionary<string, QuantityUnits> Cache = new();

    private readonly Regex _head;
    private readonly Dictionary<string, string[]> _rows;

    private QuantityUnits(string language)
    {
        var rows = LanguageData.Rows(language, "quantity-units.tsv");
        _rows = rows.GroupBy(row => PhraseRegex.Key(row[0])).ToDictionary(g => g.Key, g => g.First());
        _head = new Regex($@"^[\s\u00A0\u202F]*(?<unit>{PhraseRegex.Alternation(rows.Select(row => row[0]))})(?![\p{{L}}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    }

    public static QuantityUnits For(string language) => Cache.GetOrAdd(language, key => new QuantityUnits(key));

    /// <summary>The English unit of the noun right after a number ("2000 soldats" → soldier), or null.</summary>
    public string? FollowsNumber(ReadOnlySpan<char> rest)
    {
        var match = _head.Match(rest.Length > 80 ? rest[..80].ToString() : rest.ToString());
        return match.Success && _rows.TryGetValue(PhraseRegex.Key(match.Groups["unit"].Value), out var row) ? row[1] : null;
    }
}
