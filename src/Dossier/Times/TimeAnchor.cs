using System.Globalization;
using Dossier.Articles;
using NodaTime;
using NodaTime.Calendars;

namespace Dossier.Times;

/// <summary>
/// Resolves relative expressions against the publication date, as precisely as it is known:
/// "hier" is "2023-10-13" under a day anchor, "2023-10-XX" under a month anchor and
/// "XXXX-XX-XX" without one. A year is never guessed.
/// </summary>
internal sealed class TimeAnchor(PartialDateTime? published)
{
    private LocalDate? Day => published is { Precision: >= DatePrecision.Day } p ? p.Date : null;

    private int? Month => published is { Precision: >= DatePrecision.Month } p ? p.Value.Month : null;

    private int? Year => published?.Value.Year;

    public string DayOffset(int days) =>
        Day is { } day ? Iso(day.PlusDays(days)) : MonthText() + "-XX";

    public string WeekOffset(int weeks)
    {
        if (Day is not { } day)
        {
            return YearText() + "-WXX";
        }

        var date = day.PlusWeeks(weeks);
        var rule = WeekYearRules.Iso;
        return string.Create(CultureInfo.InvariantCulture, $"{rule.GetWeekYear(date):D4}-W{rule.GetWeekOfWeekYear(date):D2}");
    }

    public string MonthOffset(int months)
    {
        if (Month is not { } month || Year is not { } year)
        {
            return MonthText();
        }

        var shifted = new LocalDate(year, month, 1).PlusMonths(months);
        return string.Create(CultureInfo.InvariantCulture, $"{shifted.Year:D4}-{shifted.Month:D2}");
    }

    public string YearOffset(int years) =>
        Year is { } year ? (year + years).ToString("D4", CultureInfo.InvariantCulture) : "XXXX";

    /// <summary>The ISO weekday <paramref name="isoDay"/> nearest the anchor: on or before it when
    /// <paramref name="direction"/> is 0, strictly before for -1 ("vendredi dernier"), strictly after for +1.</summary>
    public string Weekday(int isoDay, int direction)
    {
        if (Day is not { } day)
        {
            return Month is null ? $"XXXX-WXX-{isoDay}" : MonthText() + "-XX";
        }

        var target = (IsoDayOfWeek)isoDay;
        var date = direction switch
        {
            > 0 => day.Next(target),
            < 0 => day.Previous(target),
            _ => day.DayOfWeek == target ? day : day.Previous(target),
        };
        return Iso(date);
    }

    /// <summary>Whether the anchor is a known day that falls on ISO weekday <paramref name="isoDay"/>.</summary>
    public bool FallsOn(int isoDay) => Day is { } day && (int)day.DayOfWeek == isoDay;

    /// <summary>Whether the anchor is a known Saturday or Sunday.</summary>
    public bool IsWeekend => FallsOn(6) || FallsOn(7);

    /// <summary>The year of a day of a month named without one: as <see cref="YearOfMonth"/>, but
    /// "le 6 mai dernier" written on 27 May is this year's 6 May.</summary>
    public int? YearOfDay(int month, int dayOfMonth, int direction)
    {
        if (direction == 0 || Day is not { } anchor)
        {
            return YearOfMonth(month, direction);
        }

        var before = month < anchor.Month || (month == anchor.Month && dayOfMonth < anchor.Day);
        var after = month > anchor.Month || (month == anchor.Month && dayOfMonth > anchor.Day);
        return direction < 0 ? (before ? anchor.Year : anchor.Year - 1) : (after ? anchor.Year : anchor.Year + 1);
    }

    /// <summary>The year of a month named without one: the closest to the anchor, or the last
    /// before it ("septembre dernier") or the next after it ("juin prochain"); null without an anchor.</summary>
    public int? YearOfMonth(int month, int direction)
    {
        if (Year is not { } year)
        {
            return null;
        }

        if (Month is not { } anchorMonth)
        {
            return year;
        }

        var here = (year * 12) + anchorMonth;
        return direction switch
        {
            < 0 => month < anchorMonth ? year : year - 1,
            > 0 => month > anchorMonth ? year : year + 1,
            _ => new[] { year, year - 1, year + 1 }.MinBy(y => Math.Abs((y * 12) + month - here)),
        };
    }

    public static string Iso(LocalDate date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static string YearText(int? year) => year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";

    private string YearText() => YearText(Year);

    private string MonthText() =>
        Month is { } month ? string.Create(CultureInfo.InvariantCulture, $"{YearText()}-{month:D2}") : YearText() + "-XX";
}
