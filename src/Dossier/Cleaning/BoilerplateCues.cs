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

    /// <summary>A byline ("Publié par : …"), matched as a prefix: what follows it is the story's opening, not its headline.</summary>
    Byline,

    /// <summary>A date stamp ("Published August 16, 2023"): a prefix on a line that holds a digit.</summary>
    Stamp,
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

    // Bylines, stamps and teaser links are short; a long paragraph that happens to open with a cue
    // word is prose ("Live animals were seen on the deck…", "Partager les eaux du fleuve…").
    private const int PrefixMaxWords = 25;

    // Credits and agency names are at most this long: matching only a line's tail keeps the
    // end-anchored patterns from being tried at every position of a long paragraph.
    private const int TailChars = 100;

    private readonly (CueKind Kind, string Pattern)[] _cues;
    private readonly Regex _trailingCredit;
    private readonly Regex _agencyEnding;

    private BoilerplateCues((CueKind, string)[] cues, Regex trailingCredit, Regex agencyEnding)
    {
        _cues = cues;
        _trailingCredit = trailingCredit;
        _agencyEnding = agencyEnding;
    }

    public static BoilerplateCues All { get; } = Load();

    /// <summary>The line without a photo credit closing it: "(Fichier photo AP)", "Photo : Reuters", "© AFP".</summary>
    public string WithoutCredit(string line)
    {
        var start = Math.Max(0, line.Length - TailChars);
        var match = _trailingCredit.Match(line, start);
        return match.Success ? line[..match.Index] : line;
    }

    /// <summary>Ends in an agency name with no sentence punctuation: a caption ("… Kim Jong Un.AP").</summary>
    public bool EndsWithAgency(string line) => _agencyEnding.IsMatch(line, Math.Max(0, line.Length - TailChars));

    /// <summary>The kind of the first cue matching <paramref name="line"/>, or null.</summary>
    public CueKind? Match(string line)
    {
        var folded = Fold(line);
        var words = LineShape.WordCount(line);
        foreach (var (kind, pattern) in _cues)
        {
            var hit = kind == CueKind.Contains
                ? words <= NoticeMaxWords && folded.Contains(pattern, StringComparison.Ordinal)
                : words <= PrefixMaxWords && StartsWithWord(folded, pattern) && (kind != CueKind.Stamp || line.Any(char.IsAsciiDigit));
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
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled),
            // Case-sensitive: "AP" glued to a caption is upper case, "ap" inside a word is not an agency.
            new Regex($@"(?:^|[\s.,/|–-])(?:{agency})$", RegexOptions.CultureInvariant | RegexOptions.Compiled));
    }
}
