using System.Globalization;

namespace Dossier.Store.Facts;

/// <summary>How TIMEX3 values of two reports of one fact relate.</summary>
internal static class TimexDates
{
    /// <summary>
    /// Two dates can name the same moment when either is unknown or unresolved ("XXXX-WXX-5"), or
    /// one is the other at a finer precision ("2023-10" and "2023-10-13").
    /// </summary>
    public static bool Compatible(string? a, string? b)
    {
        if (IsUnknown(a) || IsUnknown(b))
        {
            return true;
        }

        var (known, other) = (Known(a!), Known(b!));
        return known.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(known, StringComparison.Ordinal);
    }

    /// <summary>
    /// How many days lie between the calendar ranges of two dates ("2023-10" is every day of
    /// October), 0 when they overlap; int.MaxValue when either places nothing on a calendar.
    /// </summary>
    public static int DaysApart(string? a, string? b)
    {
        if (Range(a) is not { } x || Range(b) is not { } y)
        {
            return int.MaxValue;
        }

        return x.Last < y.First ? y.First.DayNumber - x.Last.DayNumber : y.Last < x.First ? x.First.DayNumber - y.Last.DayNumber : 0;
    }

    private static (DateOnly First, DateOnly Last)? Range(string? value)
    {
        if (IsUnknown(value) || value!.Contains('W', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = Known(value).Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        var day = month > 0 && parts.Length > 2 && int.TryParse(parts[2].AsSpan(0, Math.Min(2, parts[2].Length)), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 0;
        return (month, day) switch
        {
            (0, _) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            (_, 0) => (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
            _ => (new DateOnly(year, month, day), new DateOnly(year, month, day)),
        };
    }

    /// <summary>The part of a value before its first unknown field: "2023-10-XX" is known to "2023-10".</summary>
    private static string Known(string value)
    {
        var x = value.IndexOf('X', StringComparison.Ordinal);
        return (x < 0 ? value : value[..x]).TrimEnd('-');
    }

    /// <summary>A value that places nothing on a calendar: missing, unresolved, a duration or a set.</summary>
    public static bool IsUnknown(string? value) => string.IsNullOrEmpty(value) || value[0] is 'X' or 'P' || !char.IsDigit(value[0]);

    /// <summary>What a date's precision is, for a timeline: year, month, week, day or time.</summary>
    public static string Precision(string value) => Known(value) switch
    {
        { Length: 4 } => "year",
        { Length: 7 } => "month",
        _ when value.Contains('W', StringComparison.Ordinal) => "week",
        { Length: 10 } => "day",
        _ => value.Length > 10 ? "time" : "other",
    };

    /// <summary>The more precise of two compatible dates.</summary>
    public static string? Finer(string? a, string? b) =>
        IsUnknown(a) ? (IsUnknown(b) ? null : b) : IsUnknown(b) || Known(a!).Length >= Known(b!).Length ? a : b;
}
