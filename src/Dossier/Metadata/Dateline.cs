using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Languages;
using NodaTime;

namespace Dossier.Metadata;

/// <summary>
/// The publication date as scraped text states it near the top: a first line "date 2023-10",
/// "Mis à jour samedi 14 octobre 2023 – 15h53", "Dernière mise à jour : 30 août 2023, 23h23 IST",
/// "Published October 14, 2023", or a line that is only a stamp "24/07/2023 15:05". Read from the
/// raw input, since cleaning drops these lines.
/// </summary>
public static partial class Dateline
{
    private const int HeaderLines = 12;

    private static readonly Dictionary<string, int> Months = LanguageData.Supported
        .SelectMany(code => LanguageData.Rows(code, "months.tsv"))
        .GroupBy(row => row[0]).ToDictionary(g => g.Key, g => int.Parse(g.First()[1], CultureInfo.InvariantCulture));

    // Abbreviations that datelines print after the time; the offsets are fixed (no daylight saving
    // is implied by these names).
    private static readonly Dictionary<string, Offset> Zones = new()
    {
        ["UTC"] = Offset.Zero, ["GMT"] = Offset.Zero, ["IST"] = Offset.FromHoursAndMinutes(5, 30), ["KST"] = Offset.FromHours(9),
        ["JST"] = Offset.FromHours(9), ["MSK"] = Offset.FromHours(3), ["CET"] = Offset.FromHours(1), ["CEST"] = Offset.FromHours(2),
        ["EST"] = Offset.FromHours(-5), ["EDT"] = Offset.FromHours(-4), ["BST"] = Offset.FromHours(1),
    };

    public static PartialDateTime? Find(string raw)
    {
        foreach (var line in raw.Split('\n').Take(HeaderLines))
        {
            if (IsoLine().Match(line) is { Success: true } iso && PublishedDate.TryParseIso(iso.Groups["iso"].Value) is { } stated)
            {
                return stated;
            }

            if (DatedLine().IsMatch(line) && Written(line) is { } written)
            {
                return written;
            }

            if (NumericStamp().Match(line) is { Success: true } stamp && Numeric(stamp) is { } numeric)
            {
                return numeric;
            }
        }

        return null;
    }

    private static PartialDateTime? Written(string line)
    {
        foreach (Match match in WrittenDate().Matches(line))
        {
            if (!Months.TryGetValue(WordForm.Fold(match.Groups["mon"].Value), out var month))
            {
                continue;
            }

            var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Success ? match.Groups["d"].ValueSpan : match.Groups["d2"].ValueSpan, CultureInfo.InvariantCulture);
            if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                continue;
            }

            var date = new LocalDate(year, month, day);
            var hour = match.Groups["H"].Success ? int.Parse(match.Groups["H"].ValueSpan, CultureInfo.InvariantCulture) : -1;
            var minute = match.Groups["M"].Success ? int.Parse(match.Groups["M"].ValueSpan, CultureInfo.InvariantCulture) : -1;
            if (hour is < 0 or > 23 || minute is < 0 or > 59)
            {
                return PartialDateTime.OfDay(date);
            }

            var zone = Zones.TryGetValue(match.Groups["tz"].Value, out var offset) ? offset : (Offset?)null;
            return new PartialDateTime(date.At(new LocalTime(hour, minute)), DatePrecision.Minute, zone);
        }

        return null;
    }

    /// <summary>A line that is only a date stamp, "24/07/2023 15:05" or "24.07.2023": day first, as European sites print it.</summary>
    private static PartialDateTime? Numeric(Match stamp)
    {
        var (day, month, year) = (Int(stamp.Groups["d"]), Int(stamp.Groups["m"]), Int(stamp.Groups["y"]));
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        return stamp.Groups["H"].Success && Int(stamp.Groups["H"]) is var hour and < 24 && Int(stamp.Groups["M"]) is var minute and < 60
            ? new PartialDateTime(date.At(new LocalTime(hour, minute)), DatePrecision.Minute, null)
            : PartialDateTime.OfDay(date);
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>(?:19|20)\d\d)(?:[\s,à-]+(?<H>\d{1,2})\s*[h:]\s*(?<M>\d{2}))?\s*$")]
    private static partial Regex NumericStamp();

    [GeneratedRegex(@"^\s*date\s+(?<iso>\d{4}(?:-\d{2}){0,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsoLine();

    [GeneratedRegex(@"(mis|mise)\s+à\s+jour|publié|published|updated|posted|\ble\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex DatedLine();

    [GeneratedRegex(@"(?:(?<d>\d{1,2})(?:er)?\s+(?<mon>\p{L}{3,})\.?|(?<mon>\p{L}{3,})\.?\s+(?<d2>\d{1,2}),?)\s+(?<y>\d{4})(?:\s*(?:[–—,-]|à|at)?\s*(?<H>\d{1,2})\s*[h:]\s*(?<M>\d{2})(?:\s*(?<tz>[A-Z]{2,4})\b)?)?")]
    private static partial Regex WrittenDate();
}
