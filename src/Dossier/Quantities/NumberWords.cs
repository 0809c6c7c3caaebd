using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dossier.Languages;
using Dossier.Times;

namespace Dossier.Quantities;

/// <summary>
/// Spelled-out numbers of one language (<c>quantity-numbers.tsv</c>): "dix-huit", "trois cent
/// mille", "twenty-one", the round figures ("une vingtaine") and the digit suffixes ("10k").
/// </summary>
internal sealed partial class NumberWords
{
    private static readonly ConcurrentDictionary<string, NumberWords> Cache = new();

    private readonly Dictionary<string, NumberWord> _spelled;
    private readonly Dictionary<string, NumberWord> _collective;
    private readonly Dictionary<string, NumberWord> _suffixes;

    private NumberWords(string language)
    {
        var rows = LanguageData.Rows(language, "quantity-numbers.tsv")
            .Select(row => new NumberWord(row[0], double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), row[2]))
            .ToList();
        _suffixes = rows.Where(w => w.Kind == "suffix").ToDictionary(w => w.Word, StringComparer.Ordinal);
        _spelled = ByKey(rows.Where(w => w.Kind is "add" or "hundred" or "scale" or "joiner"));
        _collective = ByKey(rows.Where(w => w.Kind is "about" or "many"));
        var plain = PhraseRegex.Alternation(Spelled(rows, "add", "hundred", "scale"));
        var joiner = PhraseRegex.Alternation(Spelled(rows, "joiner"));
        Sequence = $@"{plain}(?:(?:\s+{joiner}\s+|[\s-]+|-{joiner}-){plain})*";
        Collective = PhraseRegex.Alternation(Spelled(rows, "about", "many"));
        Suffix = _suffixes.Count == 0 ? "(?!)" : "(?:" + string.Join('|', _suffixes.Keys.Select(Regex.Escape)) + ")";
    }

    /// <summary>A pattern matching a spelled-out number ("quatre-vingt-dix-huit", "two hundred").</summary>
    public string Sequence { get; }

    /// <summary>A pattern matching a round or unstated figure ("vingtaine", "centaines", "dozens").</summary>
    public string Collective { get; }

    /// <summary>A pattern matching a multiplier glued to digits ("k", "M").</summary>
    public string Suffix { get; }

    public static NumberWords For(string language) => Cache.GetOrAdd(language, key => new NumberWords(key));

    /// <summary>The value of a spelled-out number, or null when a word is not a number word.</summary>
    public double? Value(string spelled)
    {
        var parts = Separators().Split(PhraseRegex.Key(spelled)).Where(part => part.Length > 0).ToArray();
        double total = 0, group = 0;
        for (var i = 0; i < parts.Length;)
        {
            if (Longest(parts, i) is not ({ } word, var used))
            {
                return null;
            }

            i += used;
            switch (word.Kind)
            {
                case "add": group += word.Value; break;
                case "hundred": group = Math.Max(group, 1) * word.Value; break;
                case "scale": total += Math.Max(group, 1) * word.Value; group = 0; break;
                case "joiner": break;
                default: return null;
            }
        }

        return total + group;
    }

    /// <summary>The figure a collective word stands for and whether it is plural ("des centaines").</summary>
    public NumberWord? CollectiveWord(string word) => _collective.GetValueOrDefault(PhraseRegex.Key(word));

    public double SuffixValue(string suffix) => _suffixes.TryGetValue(suffix, out var word) ? word.Value : 1;

    /// <summary>The multiplier of a scale word ("millions"), or null.</summary>
    public double? ScaleValue(string word) =>
        _spelled.TryGetValue(PhraseRegex.Key(word), out var found) && found.Kind == "scale" ? found.Value : null;

    private static Dictionary<string, NumberWord> ByKey(IEnumerable<NumberWord> words) =>
        words.GroupBy(w => PhraseRegex.Key(w.Word)).ToDictionary(g => g.Key, g => g.First());

    private static IEnumerable<string> Spelled(IEnumerable<NumberWord> rows, params string[] kinds) =>
        rows.Where(w => kinds.Contains(w.Kind)).Select(w => w.Word);

    private (NumberWord Word, int Used)? Longest(string[] parts, int from)
    {
        for (var count = Math.Min(4, parts.Length - from); count > 0; count--)
        {
            var key = string.Join('-', parts, from, count);
            if (_spelled.TryGetValue(key, out var word))
            {
                return (word, count);
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separators();
}

/// <param name="Kind">add, hundred, scale, about, many, suffix or joiner (see the data file).</param>
internal sealed record NumberWord(string Word, double Value, string Kind);
