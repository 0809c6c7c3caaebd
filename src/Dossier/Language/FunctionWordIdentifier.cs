using System.Reflection;

namespace Dossier.Language;

/// <summary>
/// Tells the language of a text by how many of its words are each language's function words.
/// News paragraphs are long enough for this to be reliable, and it needs no trained model: a
/// few dozen words per language, in function-words.tsv.
/// </summary>
public static class FunctionWordIdentifier
{
    private const int MinimumHits = 2;
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Languages = new(Load);

    /// <summary>The language whose function words are most frequent in <paramref name="text"/>, with the share they cover; null when too few are seen.</summary>
    public static DetectedLanguage Identify(string text)
    {
        var words = text.Split([' ', '\n', '\r', '\t', '\u00A0', '\u202F', ',', '.', ';', ':', '!', '?', '«', '»', '"', '“', '”', '(', ')', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToLowerInvariant())
            .ToList();
        var scores = Languages.Value.Select(language => (language.Key, Hits: words.Count(language.Value.Contains))).OrderByDescending(s => s.Hits).ToList();
        var best = scores[0];
        if (best.Hits < MinimumHits || best.Hits == scores[1].Hits)
        {
            return new DetectedLanguage(null, 0);
        }

        return new DetectedLanguage(best.Key, (double)(best.Hits - scores[1].Hits) / best.Hits);
    }

    private static Dictionary<string, HashSet<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dossier.Language.function-words.tsv")
            ?? throw new InvalidOperationException("function-words.tsv is not embedded in the library.");
        using var reader = new StreamReader(stream);
        var languages = new Dictionary<string, HashSet<string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            languages[cells[0]] = cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }

        return languages;
    }
}
