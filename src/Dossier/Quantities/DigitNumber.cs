using System.Globalization;

namespace Dossier.Quantities;

/// <summary>Reads numbers written in digits with French or English separators.</summary>
internal static class DigitNumber
{
    /// <summary>The pattern of a number in digits: "1 000" (also U+00A0, U+202F), "1.000", "1,000", "2,5".</summary>
    public const string Pattern = @"\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

    /// <summary>
    /// The value of <paramref name="digits"/>. Spaces always group thousands. A separator that
    /// occurs once is decimal when it is the language's decimal mark ("2,5" in French, "2.5" in
    /// English) or not followed by exactly three digits; otherwise separators group thousands.
    /// </summary>
    public static double? Parse(string digits, string language)
    {
        var compact = new string(digits.Where(c => c is not (' ' or '\u00A0' or '\u202F')).ToArray());
        var decimalMark = language == "fr" ? ',' : '.';
        var last = compact.LastIndexOfAny([',', '.']);
        if (last >= 0 && IsDecimal(compact, last, decimalMark))
        {
            compact = Strip(compact[..last]) + "." + compact[(last + 1)..];
        }
        else
        {
            compact = Strip(compact);
        }

        return double.TryParse(compact, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static bool IsDecimal(string compact, int last, char decimalMark)
    {
        var mark = compact[last];
        var occurrences = compact.Count(c => c == mark);
        var otherMarks = compact.Count(c => c is ',' or '.') - occurrences;
        if (otherMarks > 0)
        {
            return true;
        }

        return occurrences == 1 && (mark == decimalMark || compact.Length - last - 1 != 3);
    }

    private static string Strip(string digits) => digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
}
