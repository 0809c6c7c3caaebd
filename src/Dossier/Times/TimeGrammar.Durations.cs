using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Quantities;

namespace Dossier.Times;

/// <summary>Durations ("20 mois" → P20M, "quelques heures" → PTXH, "les trois derniers mois" → P3M)
/// and the dates they point back to ("il y a trois jours", "two weeks ago").</summary>
internal sealed partial class TimeGrammar
{
    private void AddDurationRules()
    {
        var number = $@"(?<num>{DigitNumber.Pattern}|{_numbers.Sequence})";
        var amount = $@"(?:(?:{number}|(?<fuzzy>{P("fuzzy")}))\s+(?:(?<recent>{P("recent")})\s+)?|(?<recent>{P("recent")})\s+(?:{number}\s+)?)";
        Add($@"{Start}(?:(?<ago>{P("agobefore")})\s+)?(?:{P("determiner")}\s+)?{amount}(?<unit>{P("unit")}){End}(?:\s+(?<ago>{P("agoafter")}){End})?", ReadDuration);
    }

    private IEnumerable<TimeCandidate> ReadDuration(string text, Match match)
    {
        var unit = _words.Value("unit", match.Groups["unit"].Value);
        if (unit is null)
        {
            return [];
        }

        string? amount = "X";
        if (match.Groups["num"].Success)
        {
            var value = char.IsDigit(match.Groups["num"].Value[0])
                ? DigitNumber.Parse(match.Groups["num"].Value, _language)
                : _numbers.Value(match.Groups["num"].Value);
            amount = value?.ToString(CultureInfo.InvariantCulture);
        }

        if (amount is null)
        {
            return [];
        }

        var span = SpanOf(match);
        if (!match.Groups["ago"].Success && unit == "Y" && IsAge(text, span.Start))
        {
            return [];
        }

        if (match.Groups["ago"].Success)
        {
            return [new TimeCandidate(span, TimexType.DATE, context => Ago(context.Anchor, unit, amount))];
        }

        return [new TimeCandidate(span, TimexType.DURATION, _ => Duration(unit, amount))];
    }

    /// <summary>
    /// "Jean Dupont, 54 ans, …", "(54 ans)": an age set beside a name is not a time expression
    /// (TimeML leaves ages out).
    /// </summary>
    private static bool IsAge(string text, int start) =>
        AgeBefore().IsMatch(text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40)));

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}-]+,\s*|\(\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    /// <summary>The TIMEX3 duration: P20M, P1W, PT3H, PT15M, P2DE; "X" for an unstated count.</summary>
    private static string Duration(string unit, string amount) => unit switch
    {
        "H" => $"PT{amount}H",
        "MIN" => $"PT{amount}M",
        "S" => $"PT{amount}S",
        _ => $"P{amount}{unit}",
    };

    /// <summary>"il y a trois jours": the day, week, month or year that far before the anchor.</summary>
    private static string Ago(TimeAnchor anchor, string unit, string amount)
    {
        if (!int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return "PAST_REF";
        }

        return unit switch
        {
            "D" => anchor.DayOffset(-count),
            "W" => anchor.WeekOffset(-count),
            "M" => anchor.MonthOffset(-count),
            "Y" => anchor.YearOffset(-count),
            _ => "PAST_REF",
        };
    }
}
