namespace Dossier.Clauses;

/// <summary>A lexicon entry found in a sentence, over words [First, Last].</summary>
public readonly record struct TriggerMatch<TEntry>(TEntry Entry, int First, int Last);

/// <summary>Finds lexicon phrases in a sentence: at each word the longest phrase wins, and matches do not overlap.</summary>
public static class TriggerScan
{
    public static IReadOnlyList<TriggerMatch<TEntry>> Find<TEntry>(SentenceView sentence, IReadOnlyList<(PhrasePattern Pattern, TEntry Entry)> lexicon)
    {
        var found = new List<TriggerMatch<TEntry>>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.MentionAt(i) is not null)
            {
                continue;
            }

            foreach (var (pattern, entry) in lexicon)
            {
                var end = pattern.MatchAt(sentence.Words, i);
                if (end >= 0)
                {
                    found.Add(new TriggerMatch<TEntry>(entry, i, end));
                    i = end;
                    break;
                }
            }
        }

        return found;
    }
}
