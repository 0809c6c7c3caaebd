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
    private readonly Regex _anywhere;
    private readonly Dictionary<string, string[]> _rows;

    private QuantityUnits(string language)
    {
        var rows = LanguageData.Rows(language, "quantity-units.tsv");
        _rows = rows.GroupBy(row => PhraseRegex.Key(row[0])).ToDictionary(g => g.Key, g => g.First());
        var alternation = PhraseRegex.Alternation(rows.Select(row => row[0]));
        _anywhere = new Regex($@"(?<![\p{{L}}\d])(?<unit>{alternation})(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
        _head = new Regex($@"^[\s\u00A0\u202F]*(?<unit>{PhraseRegex.Alternation(rows.Select(row => row[0]))})(?![\p{{L}}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    public static QuantityUnits For(string language) => Cache.GetOrAdd(language, key => new QuantityUnits(key));

    /// <summary>The unit of the noun right after a number ("2000 soldats" → soldier) and the length it covers, or null.</summary>
    public (QuantityUnit Unit, int Length)? FollowsNumber(ReadOnlySpan<char> rest)
    {
        var match = _head.Match(rest.Length > 80 ? rest[..80].ToString() : rest.ToString());
        return match.Success && Unit(match.Groups["unit"].Value) is { } unit ? (unit, match.Length) : null;
    }

    /// <summary>The last counted noun in <paramref name="before"/> ("sa production de projectiles, probablement à 2,5 millions").</summary>
    public QuantityUnit? LastCountedIn(string before) =>
        _anywhere.Matches(before).Select(m => Unit(m.Groups["unit"].Value)).LastOrDefault(unit => unit is { Counted: true });

    private QuantityUnit? Unit(string noun) =>
        _rows.TryGetValue(PhraseRegex.Key(noun), out var row) ? new QuantityUnit(row[1], row.Length > 2 && row[2] == "count") : null;
}

/// <param name="Name">English singular unit ("container", "km").</param>
/// <param name="Counted">True for things counted one by one ("un soldat" is an article, not a figure); false for measures ("un jour").</param>
internal sealed record QuantityUnit(string Name, bool Counted);
