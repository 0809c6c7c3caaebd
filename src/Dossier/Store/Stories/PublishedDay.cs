using System.Globalization;

namespace Dossier.Store.Stories;

/// <summary>The day of an ISO publication date as precise as known ("2023-10" is read as its first day), for time proximity.</summary>
internal static class PublishedDay
{
    public static DateOnly? Of(string? published)
    {
        if (published is null || published.Length < 7)
        {
            return null;
        }

        var day = published.Length >= 10 ? published[..10] : published[..7] + "-01";
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
