using System.Collections.Concurrent;
using Dossier.Languages;

namespace Dossier.Times;

/// <summary>
/// The word classes of one language's time expressions (<c>time-words.tsv</c>: months, weekdays,
/// units, dayparts…) and its fixed phrases (<c>time-phrases.tsv</c>). Loaded once, read-only.
/// </summary>
internal sealed class TimeWords
{
    private static readonly ConcurrentDictionary<string, TimeWords> Cache = new();

    private readonly Dictionary<string, Dictionary<string, string[]>> _byRole;

    private TimeWords(string language)
    {
        _byRole = LanguageData.Rows(language, "time-words.tsv")
            .GroupBy(row => row[0], StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.GroupBy(row => PhraseRegex.Key(row[1])).ToDictionary(g => g.Key, g => g.First()),
                StringComparer.Ordinal);
        Phrases = LanguageData.Rows(language, "time-phrases.tsv")
            .GroupBy(row => PhraseRegex.Key(row[0]))
            .ToDictionary(group => group.Key, group => new FixedPhrase(Enum.Parse<TimexType>(group.First()[1]), group.First()[2]));
    }

    /// <summary>Fixed phrases by lookup key ("hier" → DATE {d-1}).</summary>
    public IReadOnlyDictionary<string, FixedPhrase> Phrases { get; }

    public static TimeWords For(string language) => Cache.GetOrAdd(language, key => new TimeWords(key));

    public IEnumerable<string> Words(string role) =>
        _byRole.TryGetValue(role, out var rows) ? rows.Values.Select(row => row[1]) : [];

    public string Pattern(string role) => PhraseRegex.Alternation(Words(role));

    /// <summary>The value column of <paramref name="word"/> in <paramref name="role"/>, or null.</summary>
    public string? Value(string role, string word) =>
        Row(role, word) is { Length: > 2 } row ? row[2] : null;

    public bool Has(string role, string word) => Row(role, word) is not null;

    /// <summary>Whether the row of <paramref name="word"/> carries <paramref name="flag"/> in its fourth column.</summary>
    public bool Flagged(string role, string word, string flag) =>
        Row(role, word) is { Length: > 3 } row && row[3] == flag;

    /// <summary>
    /// Whether <paramref name="matched"/> is written as the data spells it where case matters:
    /// English month and weekday names are capitalized, and "may" or "march" in lower case are verbs.
    /// </summary>
    public bool CaseFits(string role, string matched) =>
        Row(role, matched) is not { } row || !char.IsUpper(row[1][0]) || char.IsUpper(matched[0]);

    private string[]? Row(string role, string word) =>
        _byRole.TryGetValue(role, out var rows) && rows.TryGetValue(PhraseRegex.Key(word), out var row) ? row : null;
}

/// <param name="Value">A literal TIMEX3 value or a template (see <see cref="TimeContext.Expand"/>).</param>
internal sealed record FixedPhrase(TimexType Type, string Value);
