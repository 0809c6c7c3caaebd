using Dossier.Languages;

namespace Dossier.Clauses;

/// <summary>How a function word behaves between a trigger and its participants.</summary>
public enum WordClass
{
    Other,
    Skip,
    Pronoun,
    We,
    Coordination,
    Determiner,
    Boundary,
}

/// <summary>The <c>clause-words.tsv</c> list of one language: folded word → class.</summary>
public sealed class WordClasses
{
    private readonly Dictionary<string, WordClass> _classes;

    private WordClasses(Dictionary<string, WordClass> classes) => _classes = classes;

    public WordClass Of(string word) => _classes.GetValueOrDefault(word, WordClass.Other);

    public static WordClasses For(string language) =>
        new(LanguageData.Rows(language, "clause-words.tsv").ToDictionary(
            row => WordForm.Fold(row[0]),
            row => Enum.Parse<WordClass>(row[1], ignoreCase: true)));
}
