using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Languages;

namespace Dossier.Times;

/// <summary>Expressions read against the publication date: fixed phrases ("hier", "ce mois-ci"),
/// weekdays, seasons, quarters and times of day.</summary>
internal sealed partial class TimeGrammar
{
    /// <summary>How far around a weekday a verb's tense is looked for: the clause, roughly.</summary>
    private const int TenseWindow = 60;

    private void AddRelativeRules()
    {
        var phrases = PhraseRegex.Alternation(_words.Phrases.Keys);
        var weekday = P("weekday");
        Add($@"{Start}(?:{P("edge")}\s*)?(?<phrase>{phrases}){End}(?:\s+(?<wd>{weekday}){End})?", ReadPhrase);
        const string opening = "[«“\"]?";
        const string closing = "(?:\\s*[»”\"])?";
        Add($@"{Start}(?:(?<same>{P("same")})\s+|(?<this>{P("this")})\s+|(?<each>{P("each")})\s+)?(?<wd>{weekday})(?<plural>s)?{End}(?:\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?(?:\s+{opening}\s*(?<part>{P("daypart")}){End}{closing})?", ReadWeekday);
        Add($@"{Start}(?<![dD]['’])(?<season>{P("season")}){End}(?:\s+(?:{P("seasonyear")}\s+)?{Year}{End}|\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?", ReadSeason);
        Add($@"{Start}(?<q>{P("quarter")})\s+{P("quarterword")}{End}(?:\s+(?:de\s+|of\s+)?{Year}{End})?", ReadQuarter);
        Add($@"{Start}[QT](?<qn>[1-4])(?:\s+{Year})?{End}", ReadQuarter);
        var mark = Regex.Escape(_words.Words("hour").FirstOrDefault() ?? ":");
        Add($@"{Start}(?<h>[01]?\d|2[0-3])\s?{mark}\s?(?<m>[0-5]\d)?(?:\s?(?<ampm>[ap]\.m\.|[ap]m))?{End}", ReadClock);
        Add($@"{Start}(?<h>1[0-2]|0?[1-9])\s?(?<ampm>[ap]\.m\.|[ap]m)(?!\p{{L}})", ReadClock);
    }

    private IEnumerable<TimeCandidate> ReadPhrase(string text, Match match)
    {
        var phraseGroup = match.Groups["phrase"];
        if (!_words.Phrases.TryGetValue(PhraseRegex.Key(phraseGroup.Value), out var phrase))
        {
            return [];
        }

        // "le quotidien local", "la presse quotidienne": the name of a newspaper, not a frequency.
        if (phrase.Type == TimexType.SET && _periodical.IsMatch(text.AsSpan(Math.Max(0, match.Index - 30), Math.Min(30, match.Index))))
        {
            return [];
        }

        var isDay = DayTemplate().IsMatch(phrase.Value);
        // "aujourd'hui vendredi" is one day; after any other phrase the weekday stands alone.
        var span = isDay || !match.Groups["wd"].Success
            ? SpanOf(match)
            : new TextSpan(match.Index, phraseGroup.Index + phraseGroup.Length);
        var pastWeekend = phrase.Value.Contains("{we+0}", StringComparison.Ordinal) && Says(_past, text, match) && !Says(_future, text, match);
        return [new TimeCandidate(span, phrase.Type, context => context.Expand(
            pastWeekend && !context.Anchor.IsWeekend ? phrase.Value.Replace("{we+0}", "{we-1}", StringComparison.Ordinal) : phrase.Value),
            isDay ? TimeRole.DayPhrase : TimeRole.Other)];
    }

    [GeneratedRegex(@"^\{d[+-]\d+\}$")]
    private static partial Regex DayTemplate();

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
        if (direction == 0 && Says(_future, text, match))
        {
            direction = 1;
        }

        var same = match.Groups["same"].Success;
        var current = match.Groups["this"].Success;
        var part = match.Groups["part"].Success ? _words.Value("daypart", match.Groups["part"].Value) : null;
        var suffix = part is null ? "" : "T" + part;
        return [new TimeCandidate(SpanOf(match), part is null ? TimexType.DATE : TimexType.TIME, context =>
        {
            // "ce même lundi": the Monday just named; "ce mardi" written on a Tuesday: that day.
            if (same && context.Narrative is { } told && (int)told.DayOfWeek == day)
            {
                return TimeAnchor.Iso(told) + suffix;
            }

            return context.Anchor.Weekday(day, current && context.Anchor.FallsOn(day) ? 0 : direction) + suffix;
        }, part is null ? TimeRole.Weekday : TimeRole.Other)];
    }

    /// <summary>Whether the clause around <paramref name="match"/> has a verb of <paramref name="tense"/>
    /// ("jeudi, il se rendra à…", "ils se sont rendus ce week-end").</summary>
    private static bool Says(Regex tense, string text, Match match)
    {
        var from = Math.Max(0, match.Index - TenseWindow);
        var to = Math.Min(text.Length, match.Index + match.Length + TenseWindow);
        var window = text[from..to];
        var sentenceStart = window.LastIndexOfAny(['.', '!', '?', '\n'], match.Index - from);
        var sentenceEnd = window.IndexOfAny(['.', '!', '?', '\n'], match.Index - from);
        var clause = window[(sentenceStart + 1)..(sentenceEnd < 0 ? window.Length : sentenceEnd)];
        return tense.IsMatch(clause);
    }

    private IEnumerable<TimeCandidate> ReadSeason(string text, Match match)
    {
        var word = match.Groups["season"].Value;
        if (!_words.CaseFits("season", word))
        {
            return [];
        }

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
        return [new TimeCandidate(SpanOf(match), TimexType.TIME, context => context.ReferenceDay() + clock, TimeRole.Clock, clock)];
    }
}
