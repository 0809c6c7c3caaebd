using System.Text.RegularExpressions;
using Dossier.Articles;

namespace Dossier.Times;

/// <summary>
/// Gives a time of day the day written beside it: "hier à 10 h" and "vers 15 h 30, hier" become
/// one expression, as TimeML marks them; in "vers 0 h 40, jeudi" the hour takes Thursday's date
/// and the weekday stays an expression of its own, as in "at 3:30 p.m. on Thursday".
/// </summary>
internal sealed class ClockJoiner(Regex dayThenClock, Regex clockThenDay)
{
    /// <param name="ordered">The chosen candidates in reading order.</param>
    public List<TimeCandidate> Join(string text, List<TimeCandidate> ordered)
    {
        var joined = new List<TimeCandidate>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var current = ordered[i];
            var next = i + 1 < ordered.Count ? ordered[i + 1] : null;
            if (next is null)
            {
                joined.Add(current);
                continue;
            }

            var between = text.AsSpan(current.Span.End, Math.Max(0, next.Span.Start - current.Span.End));
            if (current.Role == TimeRole.DayPhrase && next.Role == TimeRole.Clock && dayThenClock.IsMatch(between))
            {
                joined.Add(OnDay(current, next, new TextSpan(current.Span.Start, next.Span.End)));
                i++;
            }
            else if (current.Role == TimeRole.Clock && clockThenDay.IsMatch(between) && next.Role == TimeRole.DayPhrase)
            {
                joined.Add(OnDay(next, current, new TextSpan(current.Span.Start, next.Span.End)));
                i++;
            }
            else if (current.Role == TimeRole.Clock && clockThenDay.IsMatch(between) && next.Role == TimeRole.Weekday)
            {
                joined.Add(OnDay(next, current, current.Span));
            }
            else
            {
                joined.Add(current);
            }
        }

        return joined;
    }

    private static TimeCandidate OnDay(TimeCandidate day, TimeCandidate clock, TextSpan span) =>
        new(span, TimexType.TIME, context => DayPart(day.Value(context)) + clock.Clock, TimeRole.Other, clock.Clock);

    private static string DayPart(string value) => value.Length > 10 ? value[..10] : value;
}
