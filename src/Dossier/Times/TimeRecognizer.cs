using Dossier.Articles;

namespace Dossier.Times;

/// <summary>
/// Finds the time expressions of a text: where candidates overlap the longest wins ("vendredi
/// 5 mai" over "vendredi"), then values are resolved in reading order so that a time of day
/// takes the day the narrative last named; a time of day and the day written beside it are
/// joined first (<see cref="ClockJoiner"/>).
/// </summary>
internal static class TimeRecognizer
{
    public static IReadOnlyList<TimeExpression> Recognize(string text, string language, PartialDateTime? published)
    {
        var grammar = TimeGrammar.For(language);
        var chosen = new List<TimeCandidate>();
        foreach (var candidate in grammar.Find(text)
                     .OrderByDescending(c => c.Span.Length)
                     .ThenBy(c => c.Span.Start))
        {
            if (!chosen.Exists(kept => kept.Span.Overlaps(candidate.Span)))
            {
                chosen.Add(candidate);
            }
        }

        var ordered = grammar.Joiner.Join(text, [.. chosen.OrderBy(c => c.Span.Start)]);
        var context = new TimeContext(new TimeAnchor(published));
        var times = new List<TimeExpression>(ordered.Count);
        foreach (var candidate in ordered)
        {
            var value = candidate.Value(context);
            if (candidate.Type is TimexType.DATE or TimexType.TIME)
            {
                context.Saw(value);
            }

            times.Add(new TimeExpression(candidate.Span, candidate.Type, value));
        }

        return times;
    }
}
