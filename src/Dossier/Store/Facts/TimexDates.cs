namespace Dossier.Store.Facts;

/// <summary>How TIMEX3 values of two reports of one fact relate.</summary>
internal static class TimexDates
{
    /// <summary>
    /// Two dates can name the same moment when either is unknown or unresolved ("XXXX-WXX-5"), or
    /// one is the other at a finer precision ("2023-10" and "2023-10-13").
    /// </summary>
    public static bool Compatible(string? a, string? b) =>
        IsUnknown(a) || IsUnknown(b) || a!.StartsWith(b!, StringComparison.Ordinal) || b!.StartsWith(a, StringComparison.Ordinal);

    /// <summary>A value that places nothing on a calendar: missing, unresolved, a duration or a set.</summary>
    public static bool IsUnknown(string? value) => string.IsNullOrEmpty(value) || value[0] is 'X' or 'P' || !char.IsDigit(value[0]);

    /// <summary>What a date's precision is, for a timeline: year, month, week, day or time.</summary>
    public static string Precision(string value) => value switch
    {
        { Length: 4 } => "year",
        { Length: 7 } => "month",
        _ when value.Contains('W', StringComparison.Ordinal) => "week",
        { Length: 10 } => "day",
        _ => value.Length > 10 ? "time" : "other",
    };

    /// <summary>The more precise of two compatible dates.</summary>
    public static string? Finer(string? a, string? b) =>
        IsUnknown(a) ? (IsUnknown(b) ? null : b) : IsUnknown(b) || a!.Length >= b!.Length ? a : b;
}
