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
