using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using NodaTime;

namespace Dossier.Metadata;

/// <summary>Parses publication dates written in ISO 8601, keeping the precision they state.</summary>
public static partial class PublishedDate
{
    public static PartialDateTime? TryParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = IsoPattern().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match, "y");
        if (!match.Groups["m"].Success)
        {
            return PartialDateTime.OfYear(year);
        }

        var month = Number(match, "m");
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!match.Groups["d"].Success)
        {
            return PartialDateTime.OfMonth(year, month);
        }

        var day = Number(match, "d");
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        if (!match.Groups["H"].Success)
        {
            return PartialDateTime.OfDay(date);
        }

        var hour = Number(match, "H");
        var minute = Number(match, "M");
        if (hour > 23 || minute > 59)
        {
            return null;
        }

        return new PartialDateTime(date.At(new LocalTime(hour, minute)), DatePrecision.Minute, Zone(match.Groups["z"].Value));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static Offset? Zone(string zone) => zone switch
    {
        "" => null,
        "Z" or "z" => Offset.Zero,
        _ => Offset.FromSeconds(
            (zone[0] == '-' ? -1 : 1)
            * ((int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture) * 3600)
               + (int.Parse(zone.AsSpan(zone.Length - 2, 2), CultureInfo.InvariantCulture) * 60))),
    };

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::\d{2}(?:\.\d+)?)?(?<z>Z|z|[+-]\d{2}:?\d{2})?)?)?)?$")]
    private static partial Regex IsoPattern();
}
