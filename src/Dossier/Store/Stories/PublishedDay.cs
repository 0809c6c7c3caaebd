using System.Globalization;

namespace Dossier.Store.Stories;

/// <summary>The days an ISO publication date as precise as known can be: one day, or every day of its month.</summary>
internal static class PublishedDay
{
    public static (DateOnly First, DateOnly Last)? Range(string? published)
    {
        if (published is null || published.Length < 7)
        {
            return null;
        }

        if (published.Length >= 10)
        {
            return Parse(published[..10]) is { } day ? (day, day) : null;
        }

        return Parse(published[..7] + "-01") is { } first ? (first, first.AddMonths(1).AddDays(-1)) : null;
    }

    private static DateOnly? Parse(string day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
