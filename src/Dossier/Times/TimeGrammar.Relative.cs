using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Languages;

namespace Dossier.Times;

/// <summary>Expressions read against the publication date: fixed phrases ("hier", "ce mois-ci"),
/// weekdays, seasons, quarters and times of day.</summary>
internal sealed partial class TimeGrammar
{
    /// <summary>How far around a weekday a future verb is looked for: the clause, roughly.</summary>
    private const int FutureWindow = 60;

    private void AddRelativeRules()
    {
        var phrases = PhraseRegex.Alternation(_words.Phrases.Keys);
        Add($@"{Start}(?:{P("edge")}\s*)?(?<phrase>{phrases}){End}", ReadPhrase);
        Add($@"{Start}(?:(?<each>{P("each")})\s+)?(?<wd>{P("weekday")})(?<plural>s)?{End}(?:\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?(?:\s+(?<part>{P("daypart")}){End})?", ReadWeekday);
        Add($@"{Start}(?<season>{P("season")}){End}(?:\s+{Year}{End}|\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?", ReadSeason);
        Add($@"{Start}(?<q>{P("quarter")})\s+{P("quarterword")}{End}(?:\s+(?:de\s+|of\s+)?{Year}{End})?", ReadQuarter);
        Add($@"{Start}[QT](?<qn>[1-4])(?:\s+{Year})?{End}", ReadQuarter);
        var mark = Regex.Escape(_words.Words("hour").FirstOrDefault() ?? ":");
        Add($@"{Start}(?<h>[01]?\d|2[0-3])\s?{mark}\s?(?<m>[0-5]\d)?(?:\s?(?<ampm>[ap]\.m\.|[ap]m))?{End}", ReadClock);
        Add($@"{Start}(?<h>1[0-2]|0?[1-9])\s?(?<ampm>[ap]\.m\.|[ap]m)(?!\p{{L}})", ReadClock);
    }

    private IEnumerable<TimeCandidate> ReadPhrase(string text, Match match)
    {
        if (!_words.Phrases.TryGetValue(PhraseRegex.Key(match.Groups["phrase"].Value), out var phrase))
        {
            return [];
        }

        return [new TimeCandidate(SpanOf(match), phrase.Type, context => context.Expand(phrase.Value))];
    }

    private IEnumerable<TimeCandidate> ReadWeekday(string text, Match match)
    {
        if (WeekdayOf(match.Groups["wd"]) is not { } day)
        {
            return [];
        }

        if (match.Groups["each"].Success || match.Groups["plural"].Success)
        {
            return [new TimeCandidate(SpanOf(match), TimexType.SET, _ => $"XXXX-WXX-{day}")];
        }

        var direction = Direction(match);
        if (direction == 0 && SaysFuture(text, match))
        {
            direction = 1;
        }

        var part = match.Groups["part"].Success ? _words.Value("daypart", match.Groups["part"].Value) : null;
        return [new TimeCandidate(SpanOf(match), part is null ? TimexType.DATE : TimexType.TIME,
            context => context.Anchor.Weekday(day, direction) + (part is null ? "" : "T" + part))];
    }

    /// <summary>Whether the clause around a bare weekday is in the future tense ("jeudi, il se rendra à…").</summary>
    private bool SaysFuture(string text, Match match)
    {
        var from = Math.Max(0, match.Index - FutureWindow);
        var to = Math.Min(text.Length, match.Index + match.Length + FutureWindow);
        var window = text[from..to];
        var sentenceStart = window.LastIndexOfAny(['.', '!', '?', '\n'], match.Index - from);
        var sentenceEnd = window.IndexOfAny(['.', '!', '?', '\n'], match.Index - from);
        var clause = window[(sentenceStart + 1)..(sentenceEnd < 0 ? window.Length : sentenceEnd)];
        return _future.IsMatch(clause);
    }

    private IEnumerable<TimeCandidate> ReadSeason(string text, Match match)
    {
        var word = match.Groups["season"].Value;
        var code = _words.Value("season", word) ?? "XX";
        var direction = Direction(match);
        Func<TimeContext, string> value = match.Groups["year"].Success
            ? _ => $"{match.Groups["year"].Value}-{code}"
            : direction != 0 ? context => $"{context.Anchor.YearOffset(direction)}-{code}"
            : _words.Flagged("season", word, "this") ? context => $"{context.Anchor.YearOffset(0)}-{code}"
            : _ => $"XXXX-{code}";
        return [new TimeCandidate(SpanOf(match), TimexType.DATE, value)];
    }

    private IEnumerable<TimeCandidate> ReadQuarter(string text, Match match)
    {
        var quarter = match.Groups["qn"].Success ? match.Groups["qn"].Value : _words.Value("quarter", match.Groups["q"].Value);
        if (quarter is null)
        {
            return [];
        }

        var year = match.Groups["year"].Success ? match.Groups["year"].Value : null;
        return [new TimeCandidate(SpanOf(match), TimexType.DATE, context => $"{year ?? context.Anchor.YearOffset(0)}-Q{quarter}")];
    }

    private IEnumerable<TimeCandidate> ReadClock(string text, Match match)
    {
        var hour = Int(match.Groups["h"]);
        var minute = match.Groups["m"].Success ? Int(match.Groups["m"]) : 0;
        if (match.Groups["ampm"].Success)
        {
            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour == 12 ? (pm ? 12 : 0) : hour + (pm ? 12 : 0);
        }
        else if (!match.Groups["m"].Success && !match.Value.Contains('h', StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        return [new TimeCandidate(SpanOf(match), TimexType.TIME, context => context.ReferenceDay() + clock)];
    }
}
