using Dossier.Articles;

namespace Dossier.Times;

/// <summary>
/// Finds the time expressions of a text: where candidates overlap the longest wins ("vendredi
/// 5 mai" over "vendredi"), then values are resolved in reading order so that a time of day
/// takes the day the narrative last named.
/// </summary>
internal static class TimeRecognizer
{
    public static IReadOnlyList<TimeExpression> Recognize(string text, string language, PartialDateTime? published)
    {
        var chosen = new List<TimeCandidate>();
        foreach (var candidate in TimeGrammar.For(language).Find(text)
                     .OrderByDescending(c => c.Span.Length)
                     .ThenBy(c => c.Span.Start))
        {
            if (!chosen.Exists(kept => kept.Span.Overlaps(candidate.Span)))
            {
                chosen.Add(candidate);
            }
        }

        var context = new TimeContext(new TimeAnchor(published));
        var times = new List<TimeExpression>(chosen.Count);
        foreach (var candidate in chosen.OrderBy(c => c.Span.Start))
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
