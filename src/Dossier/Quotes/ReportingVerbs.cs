using System.Collections.Concurrent;
using Dossier.Clauses;
using Dossier.Languages;

namespace Dossier.Quotes;

/// <summary>A reporting verb found in a sentence: words [First, Last], auxiliaries included.</summary>
/// <param name="Verb">Index of the conjugated verb itself.</param>
/// <param name="Clitic">The subject pronoun of an inverted form ("a-t-il indiqué", "ajoute-t-il"), or null.</param>
public sealed record ReportingCue(ReportingVerb Entry, int First, int Verb, int Last, string? Clitic)
{
    /// <summary>A present participle ("ajoutant que", "adding that"): its subject is the main clause's.</summary>
    public bool Participle { get; init; }
}

/// <summary>
/// The reporting-verbs.tsv lexicon of one language, expanded to conjugated forms and matched
/// over a sentence's folded words. French inverted forms carry their subject pronoun as a
/// suffix of the token ("ajoute-t-il"), which is split off before matching.
/// </summary>
public sealed class ReportingVerbs
{
    private static readonly ConcurrentDictionary<string, ReportingVerbs> Cache = new();
    private static readonly string[] CliticSuffixes = ["-t-il", "-t-elle", "-t-on", "-ils", "-elles", "-il", "-elle", "-on"];
    private readonly PhraseLexicon<ReportingVerb> _forms;
    private readonly WordClasses _classes;
    private readonly string _participleEnding;

    private ReportingVerbs(string language)
    {
        _classes = WordClasses.For(language);
        _participleEnding = language == "fr" ? "ant" : "ing";
        _forms = new PhraseLexicon<ReportingVerb>(LanguageData.Rows(language, "reporting-verbs.tsv").SelectMany(row => Expand(row, language)));
    }

    public static ReportingVerbs For(string language) => Cache.GetOrAdd(language, code => new ReportingVerbs(code));

    /// <summary>Reporting verbs of the sentence outside the words <paramref name="excluded"/> marks (quoted words).</summary>
    public IReadOnlyList<ReportingCue> Find(SentenceView sentence, Func<int, bool> excluded)
    {
        var words = new string[sentence.Count];
        var clitics = new string?[sentence.Count];
        for (var i = 0; i < sentence.Count; i++)
        {
            (words[i], clitics[i]) = SplitClitic(sentence.Words[i]);
        }

        var found = new List<ReportingCue>();
        for (var i = 0; i < words.Length; i++)
        {
            if (excluded(i) || sentence.MentionAt(i) is not null)
            {
                continue;
            }

            if (!_forms.TryLongestAt(words, i, out var entry, out var last))
            {
                continue;
            }

            var first = i;
            var clitic = clitics[i];
            while (first > 0 && sentence.MentionAt(first - 1) is null && _classes.Of(words[first - 1]) == WordClass.Skip)
            {
                first--;
                clitic ??= clitics[first];
            }

            found.Add(new ReportingCue(entry, first, i, last, clitic) { Participle = words[i].EndsWith(_participleEnding, StringComparison.Ordinal) });
            i = last;
        }

        return found;
    }

    private static (string Word, string? Clitic) SplitClitic(string word)
    {
        foreach (var suffix in CliticSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (word[..^suffix.Length], suffix[(suffix.LastIndexOf('-') + 1)..]);
            }
        }

        return (word, null);
    }

    private static IEnumerable<(PhrasePattern Pattern, ReportingVerb Entry)> Expand(string[] row, string language)
    {
        var lemma = row[0].Split(' ', 2);
        var entry = new ReportingVerb(row[0], Enum.Parse<Stance>(row[1], ignoreCase: true), Enum.Parse<Complement>(row[2], ignoreCase: true));
        var tail = lemma.Length > 1 ? " " + lemma[1] : "";
        var forms = Lexicon.Cell(row, 3)?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            ?? (language == "fr" ? RegularFrench(lemma[0]) : [lemma[0]]);
        return forms.Select(form => (new PhrasePattern(form + tail), entry));
    }

    /// <summary>The forms of a regular French -er verb that news prose reports with.</summary>
    private static string[] RegularFrench(string lemma)
    {
        if (!lemma.EndsWith("er", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"reporting-verbs.tsv: '{lemma}' is not a regular -er verb and lists no forms.");
        }

        var stem = lemma[..^2];
        return [stem + "e", stem + "es", stem + "ent", stem + "ait", stem + "aient", stem + "ant", stem + "era", stem + "eront"];
    }
}
