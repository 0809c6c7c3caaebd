using System.Globalization;
using Dossier.Articles;
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
        // "a 20-month war", "a two-year deal"; "a 38-year-old man" is an age.
        Add($@"{Start}{number}-(?<unit>{P("unit")}){End}(?!-{P("agebefore")})", ReadDuration);
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
        if (!match.Groups["ago"].Success && unit == "Y" && IsAge(text, span))
        {
            return [];
        }

        // "il y a quelques mois": TimeML marks the unstated span itself, a duration ending now.
        var ago = match.Groups["ago"];
        if (ago.Success && amount == "X" && ago.Index == match.Index)
        {
            var rest = text.AsSpan(ago.Index + ago.Length, match.Index + match.Length - ago.Index - ago.Length);
            var start = match.Index + match.Length - rest.TrimStart().Length;
            return [new TimeCandidate(new TextSpan(start, span.End), TimexType.DURATION, _ => Duration(unit, amount))];
        }

        if (ago.Success)
        {
            return [new TimeCandidate(span, TimexType.DATE, context => Ago(context.Anchor, unit, amount))];
        }

        return [new TimeCandidate(span, TimexType.DURATION, _ => Duration(unit, amount))];
    }

    /// <summary>
    /// An age is not a time expression (TimeML leaves ages out): "Jean Dupont, 54 ans, …", "(54 ans)",
    /// "âgé de 54 ans", "les moins de 17 ans", "les 6-16 ans", "un chauffeur de bus de 38 ans",
    /// "une Alsacienne de 6 ans", "54 years old".
    /// </summary>
    private bool IsAge(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 50);
        var before = text.AsSpan(from, span.Start - from);
        return AgeBefore().IsMatch(before) || _ageCue.IsMatch(before) || AgeGroupRange().IsMatch(before)
            || _personAge.IsMatch(before) || PersonByName().IsMatch(before)
            || _ageAfter.IsMatch(text.AsSpan(span.End, Math.Min(12, text.Length - span.End)));
    }

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}-]+,\s*|\(\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    /// <summary>"les 0-6 ans": the second figure of an age group.</summary>
    [GeneratedRegex(@"(?<!\p{L})[ld]es\s+\d+\s*[-–]\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeGroupRange();

    /// <summary>"une Alsacienne de 6 ans": a capitalized noun after an indefinite article names a person.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:[Uu]ne?|[Aa]n?)\s+\p{Lu}\p{Ll}+\s+de\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonByName();

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
