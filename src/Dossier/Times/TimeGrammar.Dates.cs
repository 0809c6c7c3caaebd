using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Quantities;
using NodaTime;

namespace Dossier.Times;

/// <summary>Calendar dates: "9 novembre 2023", "October 9", "14/10/2023", "en mars", "2023", "les années 90".</summary>
internal sealed partial class TimeGrammar
{
    private const string Year = @"(?<year>(?:1[6-9]|20)\d\d)";
    private const string ShortYear = @"(?<yy>'?\d\d)(?![\d\p{L}])(?![\s\u00A0\u202F]?\d)(?!\s+\p{Ll})";

    private void AddDateRules()
    {
        var month = $"(?<mon>{P("month")})";
        var weekday = $"(?:(?<wd>{P("weekday")}),?\\s+)?";
        var after = $@"(?:,?\s+{Year}{End}|\s+{ShortYear}|\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?";
        Add($@"{Start}{weekday}{Day}(?:er|re|st|nd|rd|th)?\s+(?:of\s+)?{month}{End}{after}", ReadDayMonth);
        if (_words.Has("order", "month-day"))
        {
            Add($@"{Start}{weekday}{month}\s+{Day}(?:st|nd|rd|th)?{End}(?:,?\s+{Year}{End})?", ReadDayMonth);
        }

        Add($@"{Start}{Day}[/.](?<mon>1[0-2]|0?[1-9])[/.]{Year}{End}", ReadNumericDate);
        Add($@"{Start}{Year}-(?<mon>1[0-2]|0[1-9])-(?<day>3[01]|[12]\d|0[1-9]){End}", ReadNumericDate);
        Add($@"{Start}{P("rangefrom")}\s+(?<d1>3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th)?\s+{P("rangeto")}\s+{Day}(?:er|st|nd|rd|th)?\s+{month}{End}(?:\s+{Year}{End})?", ReadDayRange);
        Add($@"{Start}(?:(?<prep>{P("prep")})\s*)?{month}{End}(?:\s+{Year}{End}|\s+{ShortYear}|\s+(?<last>{P("last")}){End}|\s+(?<next>{P("next")}){End})?", ReadMonth);
        Add($@"{Start}(?<![\d][\s\u00A0\u202F.,])(?<![$€£]\s?){Year}{End}(?![\s\u00A0\u202F.,]\d)", ReadYear);
        Add($@"{Start}(?:les\s+)?{P("decade")}\s+(?<dec>(?:19|20)?\d0){End}", ReadDecade);
        Add($@"{Start}(?:the\s+)?(?<dec>(?:19|20)\d0|'\d0)s{End}", ReadDecade);
    }

    private IEnumerable<TimeCandidate> ReadDayMonth(string text, Match match)
    {
        if (MonthOf(match.Groups["mon"]) is not { } month || (match.Groups["wd"].Success && WeekdayOf(match.Groups["wd"]) is null))
        {
            return [];
        }

        var day = Int(match.Groups["day"]);
        var explicitYear = match.Groups["year"].Success ? Int(match.Groups["year"])
            : match.Groups["yy"].Success ? FullYear(match.Groups["yy"].Value) : (int?)null;
        var direction = Direction(match);
        return DateOn(SpanOf(match), month, day, explicitYear, direction);
    }

    private IEnumerable<TimeCandidate> ReadNumericDate(string text, Match match)
    {
        var first = Int(match.Groups["day"]);
        var second = Int(match.Groups["mon"]);
        // "10/14/2023" in English is month first; "14/10/2023" is read day first everywhere.
        var (day, month) = _words.Has("order", "month-day") && match.Value.Contains('/', StringComparison.Ordinal) && second > 12 && first <= 12
            ? (second, first) : (first, second);
        return month > 12 ? [] : DateOn(SpanOf(match), month, day, Int(match.Groups["year"]), 0);
    }

    private IEnumerable<TimeCandidate> ReadDayRange(string text, Match match)
    {
        if (MonthOf(match.Groups["mon"]) is not { } month)
        {
            return [];
        }

        int? year = match.Groups["year"].Success ? Int(match.Groups["year"]) : null;
        var second = new TextSpan(match.Groups["day"].Index, match.Index + match.Length);
        return DateOn(SpanOf(match.Groups["d1"]), month, Int(match.Groups["d1"]), year, 0)
            .Concat(DateOn(second, month, Int(match.Groups["day"]), year, 0));
    }

    private static IEnumerable<TimeCandidate> DateOn(TextSpan span, int month, int day, int? year, int direction)
    {
        if (day > CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month))
        {
            return [];
        }

        var value = (TimeContext context) =>
            $"{TimeAnchor.YearText(year ?? context.Anchor.YearOfDay(month, day, direction))}-{Two(month)}-{Two(day)}";
        return [new TimeCandidate(span, TimexType.DATE, value)];
    }

    private IEnumerable<TimeCandidate> ReadMonth(string text, Match match)
    {
        var monthGroup = match.Groups["mon"];
        if (MonthOf(monthGroup) is not { } month)
        {
            return [];
        }

        var hasContext = match.Groups["prep"].Success || match.Groups["year"].Success || match.Groups["yy"].Success || Direction(match) != 0;
        if (!hasContext && _words.Flagged("month", monthGroup.Value, "context"))
        {
            return [];
        }

        var year = match.Groups["year"].Success ? Int(match.Groups["year"])
            : match.Groups["yy"].Success ? FullYear(match.Groups["yy"].Value) : (int?)null;
        var direction = Direction(match);
        return [new TimeCandidate(SpanOf(match), TimexType.DATE,
            context => $"{TimeAnchor.YearText(year ?? context.Anchor.YearOfMonth(month, direction))}-{Two(month)}")];
    }

    private IEnumerable<TimeCandidate> ReadYear(string text, Match match)
    {
        // "2000 soldats", "1500 km": a number followed by what it counts is a quantity, not a year.
        var rest = text.AsSpan(match.Index + match.Length);
        if (QuantityUnits.For(_language).FollowsNumber(rest) is not null)
        {
            return [];
        }

        var year = match.Groups["year"].Value;
        return [new TimeCandidate(SpanOf(match), TimexType.DATE, _ => year)];
    }

    private IEnumerable<TimeCandidate> ReadDecade(string text, Match match)
    {
        var digits = match.Groups["dec"].Value.TrimStart('\'');
        var full = digits.Length == 4 ? digits : FullYear(digits).ToString(CultureInfo.InvariantCulture);
        return [new TimeCandidate(SpanOf(match), TimexType.DATE, _ => full[..3])];
    }
}
