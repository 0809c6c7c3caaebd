using System.Text.RegularExpressions;

namespace Dossier.Cleaning;

/// <summary>What a scraped line looks like, regardless of language: a sentence, a breadcrumb, a stamp.</summary>
internal static partial class LineShape
{
    // Body paragraphs are sentences. A line under this many words without final punctuation is a
    // headline, caption, location or tag line ("Washington DC, États-Unis d’Amérique (USA)",
    // "UkraineRussie", "fr-01"); a standfirst of this length or more carries content and stays.
    public const int ShortLineWords = 15;

    public static int WordCount(string line) => line.Count(c => c == ' ') + 1;

    /// <summary>Ends with sentence punctuation, looking past closing quotes and brackets, or is long.</summary>
    public static bool IsSentence(string line)
    {
        var end = line.TrimEnd(' ', '»', '"', '”', '’', ')', ']', '\u00A0', '\u202F');
        return (end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ';' or ':')
            || WordCount(line) >= ShortLineWords;
    }

    /// <summary>A paragraph of quoted speech: it may end on the closing mark alone.</summary>
    public static bool OpensQuote(string line) => line.Length > 0 && line[0] is '«' or '“' or '"' or '„';

    /// <summary>
    /// A trail of short section names joined by "»", "›" or "&gt;" ("Home » MONDE »", "Accueil › Monde › Asie").
    /// An opening "«" means the "»" closes a quotation instead.
    /// </summary>
    public static bool IsBreadcrumb(string line)
    {
        if (line.Contains('«', StringComparison.Ordinal))
        {
            return false;
        }

        var parts = line.Split(['»', '›', '>']);
        return parts.Length >= 2 && parts.All(part => part.Trim().Length == 0 || WordCount(part.Trim()) <= 4);
    }

    /// <summary>Removes list markers scrapers keep from &lt;li&gt; ("  • Live …", "- …").</summary>
    public static string WithoutBullet(string line) => Bullet().Replace(line, "");

    /// <summary>Removes the metadata stamp scraped corpora put on a line of its own or before the headline ("date 2023-10 Les États-Unis…").</summary>
    public static string WithoutDateStamp(string line) => DateStamp().Replace(line, "");

    [GeneratedRegex(@"^(?:[•·▪►\-–*]\s*)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^date\s+\d{4}(?:-\d{2}){0,2}(?:\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();
}
