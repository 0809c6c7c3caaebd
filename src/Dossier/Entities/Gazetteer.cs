using Dossier.Clauses;
using Dossier.Knowledge;

namespace Dossier.Entities;

/// <summary>A name of the knowledge base cut into folded words, with the conditions its text must meet.</summary>
internal sealed record GazetteerName(string[] Words, KnownName Name, bool Capitalized, bool Acronym, int Priority);

/// <summary>
/// Every knowledge-base name indexed by its first folded word; at each word the longest name
/// that meets its case conditions wins. Case is what keeps "Nice" the city from "nice" the word
/// and "US" the country from "us" the pronoun.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerName[]> _byFirstWord;

    private Gazetteer(Dictionary<string, GazetteerName[]> byFirstWord) => _byFirstWord = byFirstWord;

    public static Gazetteer Build(KnowledgeBase knowledge)
    {
        var names = knowledge.Names.SelectMany(Inflections).ToList();
        return new Gazetteer(names.Where(n => n.Words.Length > 0)
            .GroupBy(n => n.Words[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ThenBy(n => n.Priority).ToArray()));
    }

    /// <summary>The best name starting at word <paramref name="at"/>, and the index of its last word.</summary>
    public (KnownName Name, int Last)? Match(SentenceView sentence, string text, int at)
    {
        if (!_byFirstWord.TryGetValue(sentence.Words[at], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var last = at + candidate.Words.Length - 1;
            if (last < sentence.Count && Fits(candidate, sentence, text, at, last))
            {
                return (candidate.Name, last);
            }
        }

        return null;
    }

    private static bool Fits(GazetteerName candidate, SentenceView sentence, string text, int at, int last)
    {
        for (var i = 1; i < candidate.Words.Length; i++)
        {
            if (sentence.Words[at + i] != candidate.Words[i])
            {
                return false;
            }
        }

        var span = sentence.Cover(at, last);
        var surface = text.AsSpan(span.Start, span.Length);
        if (candidate.Acronym)
        {
            return surface.SequenceEqual(candidate.Name.Text);
        }

        if (candidate.Capitalized && !char.IsUpper(surface[0]))
        {
            return false;
        }

        // A one-letter name is a name only where a platform is named: "dans un article sur X".
        return candidate.Words is not [{ Length: 1 }] || (at > 0 && sentence.Words[at - 1] is "sur" or "on");
    }

    private static IEnumerable<GazetteerName> Inflections(KnownName name)
    {
        var words = FoldedWords.Of(name.Text).ToArray();
        var acronym = name.Text.Length <= 5 && name.Text.Any(char.IsLetter) && name.Text.Where(char.IsLetter).All(char.IsUpper);
        var priority = name.Entry.Population > 0 ? 2 : name.Kind == NameKind.Name ? 0 : 1;
        if (name.Kind != NameKind.Demonym)
        {
            yield return new GazetteerName(words, name, char.IsUpper(name.Text[0]), acronym, priority);
            yield break;
        }

        // Adjectives of nationality agree in gender and number: "nord-coréen", "nord-coréennes".
        yield return new GazetteerName(words, name, false, false, priority);
        if (words[^1][^1] is not ('s' or 'x'))
        {
            yield return new GazetteerName([.. words[..^1], words[^1] + "s"], name, false, false, priority);
        }
    }
}
