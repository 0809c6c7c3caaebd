using System.Collections.Concurrent;

namespace Dossier.Clauses;

/// <summary>The function-word rules of one language, loaded once and shared.</summary>
public sealed class ClauseRules
{
    private static readonly ConcurrentDictionary<string, ClauseRules> Cache = new();

    private ClauseRules(string language)
    {
        Language = language;
        Classes = WordClasses.For(language);
        Prepositions = Prepositions.For(language);
        Participants = new Participants(Classes);
    }

    public string Language { get; }

    public WordClasses Classes { get; }

    public Prepositions Prepositions { get; }

    public Participants Participants { get; }

    public static ClauseRules For(string language) => Cache.GetOrAdd(language, code => new ClauseRules(code));
}
