using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dossier.Articles;

namespace Dossier.Quantities;

/// <summary>
/// Finds the amounts of a text: a number in digits or words, with its multiplier ("2,5
/// millions"), the bound before it ("plus de", "environ"), an upper bound ("300 000 à 500 000"),
/// the noun it counts ("conteneurs" → container) and a rate ("par jour"). Ordinals, dates and
/// years are not amounts; "un"/"une" is one only before a measure ("un jour") or after a bound
/// ("au moins un bombardier"), since before a counted noun it is an article.
/// </summary>
internal sealed partial class QuantityRecognizer
{
    private const int LookBehind = 40;
    private const int UnitLookBack = 80;
    private static readonly ConcurrentDictionary<string, QuantityRecognizer> Cache = new();

    /// <summary>Currencies written as a symbol beside the figure: "$1.5 billion", "5 M€".</summary>
    private const string CurrencySymbol = "[$€£]";

    private readonly string _language;
    private readonly NumberWords _words;
    private readonly QuantityUnits _units;
    private readonly QuantityBounds _bounds;
    private readonly Regex _number;
    private readonly Regex _scale;
    private readonly Regex _rangeEnd;
    private readonly Regex _of;
    private readonly Regex _per;

    private QuantityRecognizer(string language)
    {
        _language = language;
        _words = NumberWords.For(language);
        _units = QuantityUnits.For(language);
        _bounds = QuantityBounds.For(language);
        var number = $@"(?:(?<digits>{DigitNumber.Pattern})(?:(?<suffix>{_words.Suffix})|[\s\u00A0\u202F](?<suffix>{_words.Suffix})(?=[\s\u00A0\u202F]?{CurrencySymbol}))?|(?<spelled>{_words.Sequence})|(?<collective>{_words.Collective}))";
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        // Not a figure: part of a code or a model ("Su-35", "fr-01"), a date written "2023-10", or a number with leading zero.
        _number = new Regex($@"(?<![\p{{L}}\d,.]|[\p{{L}}\d]-)(?!0\d)" + number + @"(?![\p{L}\d]|[.,]\d|-\d)", options);
        var connectors = language == "fr" ? "à|a|et|-|–" : "to|and|-|–";
        _rangeEnd = new Regex($@"^[\s\u00A0\u202F]*(?:{connectors})[\s\u00A0\u202F]*(?<max>{DigitNumber.Pattern}|{_words.Sequence})(?![\p{{L}}\d])", options);
        _scale = new Regex($@"^[\s\u00A0\u202F]+(?<scale>{_words.Sequence})(?![\p{{L}}\d])", options);
        _of = new Regex(language == "fr" ? @"^[\s\u00A0\u202F]*(?:de[\s\u00A0\u202F]+|d['’][\s\u00A0\u202F]*)" : @"^[\s\u00A0\u202F]*of[\s\u00A0\u202F]+", options);
        _per = new Regex(language == "fr"
            ? @"^[\s\u00A0\u202F]+(?:par|chaque)[\s\u00A0\u202F]+(?<per>\p{L}+)"
            : @"^[\s\u00A0\u202F]+(?:per|a|an|each)[\s\u00A0\u202F]+(?<per>\p{L}+)", options);
    }

    public static QuantityRecognizer For(string language) => Cache.GetOrAdd(language, key => new QuantityRecognizer(key));

    /// <param name="notAmounts">Spans that hold numbers which are not amounts: dates and times of day.</param>
    /// <param name="sentences">Sentence spans, so that a unit is looked for back only within the figure's sentence.</param>
    public IReadOnlyList<Quantity> Recognize(string text, IReadOnlyList<TextSpan> notAmounts, IReadOnlyList<TextSpan> sentences)
    {
        var found = new List<Quantity>();
        var resumeAt = 0;
        foreach (Match match in _number.Matches(text))
        {
            if (match.Index < resumeAt)
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (notAmounts.Any(n => n.Overlaps(span)) || Read(text, match) is not { } quantity)
            {
                continue;
            }

            found.Add(WithUnitFromBefore(text, quantity, sentences));
            resumeAt = quantity.Span.End;
        }

        return found;
    }

    private Quantity? Read(string text, Match match)
    {
        double value;
        var numberEnd = match.Index + match.Length;
        var approx = Approximation.Exact;
        var article = false;
        if (match.Groups["digits"].Success)
        {
            if (DigitNumber.Parse(match.Groups["digits"].Value, _language) is not { } digits)
            {
                return null;
            }

            value = digits * (match.Groups["suffix"].Success ? _words.SuffixValue(match.Groups["suffix"].Value) : 1);
        }
        else if (match.Groups["spelled"].Success)
        {
            var words = Coordinated(match.Groups["spelled"].Value);
            if (_words.Value(words) is not { } spelled)
            {
                return null;
            }

            value = spelled;
            article = value == 1;
            numberEnd = match.Index + words.Length;
        }
        else
        {
            var collective = _words.CollectiveWord(match.Groups["collective"].Value)!;
            value = collective.Value;
            approx = collective.Kind == "many" ? Approximation.Over : Approximation.About;
        }

        var end = numberEnd;
        if (match.Groups["digits"].Success && _scale.Match(text, end, Math.Min(30, text.Length - end)) is { Success: true } scaled
            && _words.ScaleValue(scaled.Groups["scale"].Value) is { } multiplier)
        {
            value *= multiplier;
            end += scaled.Length;
        }

        var start = match.Index;
        var before = text[Math.Max(0, start - LookBehind)..start];
        // "$1.5 billion", "up to €5 million": the currency is written before the figure.
        var currency = CurrencyBefore().Match(before);
        var bound = _bounds.Before(currency.Success ? before[..currency.Index] : before);
        double? max = null;
        if (_rangeEnd.Match(text[end..Math.Min(text.Length, end + 40)]) is { Success: true } range && MaxOf(range.Groups["max"].Value, value) is { } upper)
        {
            var afterMax = end + range.Length;
            if (_scale.Match(text, afterMax, Math.Min(30, text.Length - afterMax)) is { Success: true } maxScaled && _words.ScaleValue(maxScaled.Groups["scale"].Value) is { } maxMultiplier)
            {
                upper *= maxMultiplier;
                afterMax += maxScaled.Length;
            }

            // "300 000 à 500 000 obus": the bare first figure takes the second's multiplier ("2 à 3 millions").
            if (upper > value)
            {
                max = upper;
                end = afterMax;
                approx = Approximation.Range;
            }
        }

        if (bound is { } b)
        {
            if (b.Approx != Approximation.Range || max is not null)
            {
                approx = max is null ? b.Approx : Approximation.Range;
                start = start - before.Length + b.Start;
            }
        }

        if (currency.Success && bound is null)
        {
            start = start - before.Length + currency.Index;
        }

        if (IsYear(match, value, max))
        {
            return null;
        }

        var (unit, unitEnd) = UnitAfter(text, end);
        if (unit is null && currency.Success)
        {
            unit = _units.FollowsNumber(currency.Groups["symbol"].Value)?.Unit;
        }
        if (article && bound is null && unit is not { Counted: false })
        {
            return null;
        }

        if (unit is null && !match.Groups["digits"].Success)
        {
            return null;
        }

        end = unitEnd;
        string? per = null;
        if (unit is not null && _per.Match(text, end, Math.Min(30, text.Length - end)) is { Success: true } rate
            && _units.FollowsNumber(rate.Groups["per"].Value) is { Unit.Counted: false } perUnit)
        {
            per = perUnit.Unit.Name;
            end += rate.Length;
        }

        return new Quantity(new TextSpan(start, end), value, approx, max, unit?.Name, per);
    }

    /// <summary>
    /// The spelled number up to a conjunction that joins two numbers rather than the parts of
    /// one: "vingt et un" and "two hundred and five" are one number, "trois et cinq" two.
    /// </summary>
    private string Coordinated(string spelled)
    {
        var match = Joiner().Match(spelled);
        if (!match.Success)
        {
            return spelled;
        }

        var before = spelled[..match.Index].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        var after = spelled[(match.Index + match.Length)..].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        var joinsParts = _language == "fr"
            ? after is "un" or "une" or "onze" && _words.Value(before) is >= 20 and < 100
            : before is "hundred" or "thousand" or "million" or "billion";
        return joinsParts ? spelled : spelled[..match.Index].TrimEnd();
    }

    [GeneratedRegex(@"(?<symbol>" + CurrencySymbol + @")[\s\u00A0\u202F]?$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"[\s-](?:et|and)[\s-]", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    private (QuantityUnit? Unit, int End) UnitAfter(string text, int end)
    {
        var at = end;
        if (_of.Match(text, at, Math.Min(12, text.Length - at)) is { Success: true } of)
        {
            at += of.Length;
        }

        var rest = text.AsSpan(at);
        if (_units.FollowsNumber(rest) is ({ } unit, var length))
        {
            return (unit, at + length);
        }

        // A symbol glued or spaced after the figure ("4 %", "5 €") needs no "de".
        return _units.FollowsNumber(text.AsSpan(end)) is ({ } symbol, var symbolLength) ? (symbol, end + symbolLength) : (null, end);
    }

    private double? MaxOf(string max, double min)
    {
        var value = char.IsDigit(max[0]) ? DigitNumber.Parse(max, _language) : _words.Value(max);
        return value is { } upper && upper > 0 && (upper > min || min >= 1000 && upper < 1000) ? upper : null;
    }

    // A bare four-digit figure between 1800 and 2100 is a year ("en 2023") unless it counts something.
    private static bool IsYear(Match match, double value, double? max) =>
        match.Groups["digits"].Success && max is null && match.Groups["digits"].Value.Length == 4 && value is >= 1800 and <= 2100 && value % 1 == 0;

    private Quantity WithUnitFromBefore(string text, Quantity quantity, IReadOnlyList<TextSpan> sentences)
    {
        if (quantity.Unit is not null)
        {
            return quantity;
        }

        var sentence = sentences.FirstOrDefault(s => s.Contains(quantity.Span));
        var from = Math.Max(sentence.Start, quantity.Span.Start - UnitLookBack);
        return _units.LastCountedIn(text[from..quantity.Span.Start]) is { } unit ? quantity with { Unit = unit.Name } : quantity;
    }
}
