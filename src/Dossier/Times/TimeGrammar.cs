using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Quantities;

namespace Dossier.Times;

/// <summary>
/// The time-expression patterns of one language, built once from its rule data: dates, relative
/// phrases, weekdays, times of day, durations and frequencies. Each rule turns a match into
/// candidates; <see cref="TimeRecognizer"/> keeps the longest and resolves them.
/// </summary>
internal sealed partial class TimeGrammar
{
    private const string Start = @"(?<![\p{L}\d])";
    private const string End = @"(?![\p{L}\d])";
    private const string Day = @"(?<day>3[01]|[12]\d|0?[1-9])";
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly ConcurrentDictionary<string, TimeGrammar> Cache = new();

    private readonly TimeWords _words;
    private readonly NumberWords _numbers;
    private readonly string _language;
    private readonly List<Rule> _rules = [];
    private readonly Regex _future;
    private readonly Regex _past;
    private readonly Regex _periodical;
    private readonly Regex _ageCue;
    private readonly Regex _personAge;
    private readonly Regex _ageAfter;

    private TimeGrammar(string language)
    {
        _language = language;
        _words = TimeWords.For(language);
        _numbers = NumberWords.For(language);
        _future = new Regex($@"{Start}{P("future")}{End}", Options);
        _past = new Regex($@"{Start}{P("past")}\s+(?:\p{{L}}+\s+)?\p{{L}}+{P("participle")}{End}", Options);
        _periodical = new Regex($@"{Start}{P("periodical")}\s+$", Options);
        _ageCue = new Regex($@"{Start}{P("ageafter")}\s+$", Options);
        _personAge = new Regex($@"{Start}{P("person")}(?:\s+(?:de|du|des|d')\s*\p{{L}}+)?\s+de\s+$", Options);
        _ageAfter = new Regex($@"^[\s-]+{P("agebefore")}{End}", Options);
        Joiner = new ClockJoiner(
            new Regex($@"^\s+{P("clockjoin")}\s+$", Options),
            new Regex($@"^\s*(?:,|\s{P("clockday")})\s*$", Options));
        AddDateRules();
        AddRelativeRules();
        AddDurationRules();
    }

    private delegate IEnumerable<TimeCandidate> Reader(string text, Match match);

    public ClockJoiner Joiner { get; }

    public static TimeGrammar For(string language) => Cache.GetOrAdd(language, key => new TimeGrammar(key));

    public IEnumerable<TimeCandidate> Find(string text) =>
        _rules.SelectMany(rule => rule.Pattern.Matches(text).SelectMany(match => rule.Read(text, match)));

    private void Add(string pattern, Reader read) => _rules.Add(new Rule(new Regex(pattern, Options), read));

    private string P(string role) => _words.Pattern(role);

    private static TextSpan SpanOf(Capture capture) => new(capture.Index, capture.Index + capture.Length);

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    private int? MonthOf(Group group) =>
        group.Success && _words.Value("month", group.Value) is { } month && _words.CaseFits("month", group.Value)
            ? int.Parse(month, CultureInfo.InvariantCulture) : null;

    private int? WeekdayOf(Group group) =>
        group.Success && _words.Value("weekday", group.Value) is { } day && _words.CaseFits("weekday", group.Value)
            ? int.Parse(day, CultureInfo.InvariantCulture) : null;

    /// <summary>-1 for "dernier"/"last", +1 for "prochain"/"next", 0 when neither is matched.</summary>
    private static int Direction(Match match) => match.Groups["last"].Success ? -1 : match.Groups["next"].Success ? 1 : 0;

    /// <summary>A two-digit year ("novembre 93"): the twentieth century from 30 on.</summary>
    private static int FullYear(string digits)
    {
        var year = int.Parse(digits.TrimStart('\'', '’'), CultureInfo.InvariantCulture);
        return year >= 30 ? 1900 + year : 2000 + year;
    }

    private sealed record Rule(Regex Pattern, Reader Read);
}
