using System.Text.RegularExpressions;
using Dossier.Languages;

namespace Dossier.Cleaning;

/// <summary>How a line-level cue from <c>boilerplate.tsv</c> is matched.</summary>
internal enum CueKind
{
    /// <summary>The line starts with the cue, at a word boundary ("Mis à jour samedi…").</summary>
    Prefix,

    /// <summary>The cue appears anywhere in a line that is not a long paragraph ("…n'a pas été éditée par…").</summary>
    Contains,

    /// <summary>A teaser heading ("Lire aussi :"): the line and the headlines it introduces go.</summary>
    Intro,
}

/// <summary>
/// The boilerplate cues of every supported language, merged: cleaning runs before language
/// detection, and scraped pages mix languages in their chrome ("Live", "Home »").
/// </summary>
internal sealed class BoilerplateCues
{
    // A "contains" cue in a paragraph this long is quoted in the story, not a notice about it
    // (a report on a cookie law, a reporter who says a text "has not been edited by" anyone).
    private const int NoticeMaxWords = 60;

    private readonly (CueKind Kind, string Pattern)[] _cues;

    private BoilerplateCues((CueKind, string)[] cues, Regex credit, Regex agencyEnding)
    {
        _cues = cues;
        TrailingCredit = credit;
        AgencyEnding = agencyEnding;
    }

    public static BoilerplateCues All { get; } = Load();

    /// <summary>A photo credit closing a line: "(Fichier photo AP)", "Photo : Reuters", "© AFP".</summary>
    public Regex TrailingCredit { get; }

    /// <summary>A line ending in an agency name with no sentence punctuation: a caption ("… Kim Jong Un.AP").</summary>
    public Regex AgencyEnding { get; }

    /// <summary>The kind of the first cue matching <paramref name="line"/>, or null.</summary>
    public CueKind? Match(string line)
    {
        var folded = Fold(line);
        foreach (var (kind, pattern) in _cues)
        {
            var hit = kind == CueKind.Contains
                ? folded.Contains(pattern, StringComparison.Ordinal) && LineShape.WordCount(line) <= NoticeMaxWords
                : StartsWithWord(folded, pattern);
            if (hit)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Lower case with typographic apostrophes folded, so one cue covers "d’agence" and "d'agence".</summary>
    internal static string Fold(string text) =>
        text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u02BC', '\'');

    // "live" must not match "livraisons": a cue ending in a letter needs a non-letter after it.
    private static bool StartsWithWord(string line, string pattern) =>
        line.StartsWith(pattern, StringComparison.Ordinal)
        && (line.Length == pattern.Length || !char.IsLetter(pattern[^1]) || !char.IsLetter(line[pattern.Length]));

    private static BoilerplateCues Load()
    {
        var cues = new List<(CueKind, string)>();
        var creditWords = new List<string>();
        var agencies = new List<string>();
        foreach (var row in LanguageData.Supported.SelectMany(language => LanguageData.Rows(language, "boilerplate.tsv")))
        {
            switch (row[0])
            {
                case "credit":
                    creditWords.Add(Regex.Escape(Fold(row[1])).Replace("'", "['’]", StringComparison.Ordinal));
                    break;
                case "agency":
                    agencies.Add(Regex.Escape(row[1]));
                    break;
                default:
                    cues.Add((Enum.Parse<CueKind>(row[0], ignoreCase: true), Fold(row[1])));
                    break;
            }
        }

        var credit = string.Join('|', creditWords.Distinct());
        var agency = string.Join('|', agencies.Distinct());
        return new BoilerplateCues(
            cues.Distinct().ToArray(),
            new Regex(
                $@"\s*(?:\((?=[^()]*\b(?:{credit})\b)[^()]{{1,80}}\)|(?:©|\b(?:{credit})\s*:)[^.!?()]{{1,60}})\s*$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            // Case-sensitive: "AP" glued to a caption is upper case, "ap" inside a word is not an agency.
            new Regex($@"(?:^|[\s.,/|–-])(?:{agency})$", RegexOptions.CultureInvariant));
    }
}
