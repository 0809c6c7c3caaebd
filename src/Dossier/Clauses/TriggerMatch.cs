namespace Dossier.Clauses;

/// <summary>A lexicon entry found in a sentence, over words [First, Last].</summary>
public readonly record struct TriggerMatch<TEntry>(TEntry Entry, int First, int Last);

/// <summary>Finds lexicon phrases in a sentence: at each word the longest phrase wins, and matches do not overlap.</summary>
public static class TriggerScan
{
    public static IReadOnlyList<TriggerMatch<TEntry>> Find<TEntry>(SentenceView sentence, PhraseLexicon<TEntry> lexicon)
    {
        var found = new List<TriggerMatch<TEntry>>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (sentence.MentionAt(i) is not null)
            {
                continue;
            }

            if (lexicon.TryLongestAt(sentence.Words, i, out var entry, out var end))
            {
                found.Add(new TriggerMatch<TEntry>(entry, i, end));
                i = end;
            }
        }

        return found;
    }
}
