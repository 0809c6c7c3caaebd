using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Throughput;

/// <summary>
/// Deterministic variants of one sample article: variant <c>k</c> rotates the body paragraphs by
/// <c>k</c> and renames every number by <c>k</c> over the paragraph count, so the many copies of a sample differ as articles about
/// the same events differ (other figures, other days, another order) instead of being byte
/// copies that a cache or the store's copy finder would make cheaper than real input.
/// </summary>
internal static partial class SampleVariants
{
    /// <summary>A plain-text sample: the header (title, dateline…) stays first, the paragraphs after it rotate.</summary>
    public static string OfText(string text, int variant)
    {
        var blocks = text.ReplaceLineEndings("\n").Split("\n\n");
        if (blocks.Length < 3)
        {
            return Renumber(text, variant);
        }

        // The last block is the footer (share links, copyright): it stays last, as on a real page.
        var body = blocks[1..^1];
        var rotated = blocks[..1].Concat(Rotate(body, variant)).Append(blocks[^1]);
        // Numbers change once every order has been used, so that the pairs (order, numbers) do not repeat early.
        return Renumber(string.Join("\n\n", rotated), variant / body.Length);
    }

    /// <summary>An HTML page: its bare <c>&lt;p&gt;</c> elements (the story's paragraphs, not bylines or captions) rotate in place.</summary>
    public static string OfHtml(string html, int variant)
    {
        var paragraphs = BareParagraph().Matches(html).Select(m => m.Value).ToArray();
        // Only the story's numbers change: the head's would rename "utf-8" too.
        var numbers = variant / Math.Max(1, paragraphs.Length);
        var rotated = Rotate(paragraphs, variant).Select(p => Renumber(p, numbers)).ToArray();
        var next = 0;
        return BareParagraph().Replace(html, _ => rotated[next++]);
    }

    private static IEnumerable<string> Rotate(string[] items, int by)
    {
        if (items.Length == 0)
        {
            return items;
        }

        var shift = by % items.Length;
        return items[shift..].Concat(items[..shift]);
    }

    /// <summary>Every run of digits becomes another of the same length: years move by up to two, days stay 1–28.</summary>
    private static string Renumber(string text, int variant) =>
        Digits().Replace(text, match => Rename(match.Value, variant));

    private static string Rename(string digits, int variant)
    {
        if (digits.Length > 9)
        {
            return digits;
        }

        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        var length = digits.Length;
        if (length == 4 && value is >= 1990 and <= 2030)
        {
            return (value + (variant % 3)).ToString(CultureInfo.InvariantCulture);
        }

        if (digits[0] == '0')
        {
            // A group after a thousands separator ("26,000") or a zero-padded day: keep the padding.
            var modulus = (int)Math.Pow(10, length);
            return ((value + variant) % modulus).ToString("D" + length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        if (length <= 2 && value <= 31)
        {
            return (1 + ((value - 1 + variant) % 28)).ToString(CultureInfo.InvariantCulture);
        }

        var low = (int)Math.Pow(10, length - 1);
        return (low + ((value - low + variant) % (9 * low))).ToString(CultureInfo.InvariantCulture);
    }

    public static string FileNameOf(int index, string sample, string extension)
    {
        var name = new StringBuilder(Path.GetFileName(sample));
        name.Replace(".gz", "").Replace(extension, "");
        return $"{index:D6}-{name}{extension}";
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("<p>.*?</p>", RegexOptions.Singleline)]
    private static partial Regex BareParagraph();
}
