using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Dossier.Times;

/// <summary>
/// What resolving one article's expressions needs: the publication anchor and the day the
/// narrative last named, so that "18 h" after "hier" is yesterday at six. One per article.
/// </summary>
internal sealed partial class TimeContext(TimeAnchor anchor)
{
    public TimeAnchor Anchor { get; } = anchor;

    /// <summary>The last full date resolved in the text, or null before the first.</summary>
    public LocalDate? Narrative { get; private set; }

    /// <summary>The last date or time resolved in the text ("à ce moment-là" refers to it).</summary>
    public string? Last { get; private set; }

    /// <summary>The day a time of day belongs to: the narrative's, else the publication day.</summary>
    public string ReferenceDay() => Narrative is { } day ? TimeAnchor.Iso(day) : Anchor.DayOffset(0);

    /// <summary>Notes a resolved value; a full date becomes the narrative's day.</summary>
    public void Saw(string value)
    {
        Last = value;
        if (value.Length >= 10 && LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } parsed)
        {
            Narrative = parsed.Value;
        }
    }

    /// <summary>
    /// Expands a phrase template: {d-1} the day before the anchor, {w+0} its ISO week,
    /// {we+0} its weekend, {m+1} the next month, {y-1} the previous year, {ref} the narrative day,
    /// {last} the last date or time resolved (the publication day before the first).
    /// </summary>
    public string Expand(string template) =>
        Template().Replace(template, match =>
        {
            if (match.Groups["ref"].Success)
            {
                return ReferenceDay();
            }

            if (match.Groups["last"].Success)
            {
                return Last ?? Anchor.DayOffset(0);
            }

            var offset = int.Parse(match.Groups["n"].ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value switch
            {
                "d" => Anchor.DayOffset(offset),
                "w" => Anchor.WeekOffset(offset),
                "we" => Anchor.WeekOffset(offset) + "-WE",
                "m" => Anchor.MonthOffset(offset),
                _ => Anchor.YearOffset(offset),
            };
        });

    [GeneratedRegex(@"\{(?:(?<ref>ref)|(?<last>last)|(?<unit>we|d|w|m|y)(?<n>[+-]\d+))\}")]
    private static partial Regex Template();
}
