using System.Globalization;
using NodaTime;

namespace Dossier.Articles;

/// <summary>How much of a <see cref="PartialDateTime"/> is actually known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>
/// A publication instant known to some precision: "2023-10", "2023-10-14", "2023-10-14T15:53",
/// "2023-08-30T23:23+05:30". Fields beyond the precision are meaningless and never printed.
/// </summary>
public sealed record PartialDateTime(LocalDateTime Value, DatePrecision Precision, Offset? Offset)
{
    public static PartialDateTime OfYear(int year) => new(new LocalDateTime(year, 1, 1, 0, 0), DatePrecision.Year, null);

    public static PartialDateTime OfMonth(int year, int month) =>
        new(new LocalDateTime(year, month, 1, 0, 0), DatePrecision.Month, null);

    public static PartialDateTime OfDay(LocalDate date) => new(date.AtMidnight(), DatePrecision.Day, null);

    public LocalDate Date => Value.Date;

    /// <summary>ISO 8601 as precise as known.</summary>
    public string ToIso()
    {
        var text = Precision switch
        {
            DatePrecision.Year => Value.Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => Value.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
            DatePrecision.Day => Value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
            _ => Value.ToString("yyyy'-'MM'-'dd'T'HH':'mm", CultureInfo.InvariantCulture),
        };
        return Offset is { } offset && Precision == DatePrecision.Minute
            ? text + (offset == NodaTime.Offset.Zero ? "Z" : offset.ToString("m", CultureInfo.InvariantCulture))
            : text;
    }

    public override string ToString() => ToIso();
}
