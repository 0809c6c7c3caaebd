namespace Dossier.Clauses;

/// <summary>
/// Phrase patterns with their entries, tried longest first, indexed by their first word so that a
/// word only meets the few phrases that can start there: trying every phrase at every word was the
/// largest part of finding quotes, events and transfers.
/// </summary>
public sealed class PhraseLexicon<TEntry>
{
    private readonly (PhrasePattern Pattern, TEntry Entry)[] _entries;
    private readonly Dictionary<string, int[]> _byWord;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _prefixLengths;

    public PhraseLexicon(IEnumerable<(PhrasePattern Pattern, TEntry Entry)> entries)
    {
        // A stable sort: among phrases of one length, the data file's order still decides.
        _entries = [.. entries.OrderByDescending(entry => entry.Pattern.Parts)];
        var indices = Enumerable.Range(0, _entries.Length).ToList();
        _byWord = Group(indices.Where(i => !IsPrefix(i)), i => _entries[i].Pattern.First);
        var byPrefix = Group(indices.Where(IsPrefix), i => _entries[i].Pattern.First[..^1]);
        _byPrefix = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. byPrefix.Keys.Select(prefix => prefix.Length).Distinct().Order()];
    }

    /// <summary>The longest phrase starting at word <paramref name="start"/> (the data file's first among equals), and the index of its last word.</summary>
    public bool TryLongestAt(IReadOnlyList<string> words, int start, out TEntry entry, out int last)
    {
        var word = words[start];
        var best = -1;
        last = -1;
        if (_byWord.TryGetValue(word, out var exact))
        {
            best = FirstMatch(exact, words, start, best, ref last);
        }

        foreach (var length in _prefixLengths)
        {
            if (length > word.Length)
            {
                break;
            }

            if (_byPrefix.TryGetValue(word.AsSpan(0, length), out var prefixed))
            {
                best = FirstMatch(prefixed, words, start, best, ref last);
            }
        }

        entry = best >= 0 ? _entries[best].Entry : default!;
        return best >= 0;
    }

    /// <summary>The entries of every phrase found anywhere in <paramref name="words"/>.</summary>
    public IEnumerable<TEntry> FoundIn(IReadOnlyList<string> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            foreach (var index in Candidates(words[start]))
            {
                if (_entries[index].Pattern.MatchAt(words, start) >= 0)
                {
                    yield return _entries[index].Entry;
                }
            }
        }
    }

    private IEnumerable<int> Candidates(string word)
    {
        var exact = _byWord.GetValueOrDefault(word) ?? [];
        var prefixed = _prefixLengths.TakeWhile(length => length <= word.Length)
            .SelectMany(length => _byPrefix.TryGetValue(word.AsSpan(0, length), out var found) ? found : []);
        return exact.Concat(prefixed);
    }

    /// <summary>
    /// The first phrase of <paramref name="candidates"/> (ascending) that matches, if it comes before
    /// <paramref name="best"/>: the first of the lexicon's order over several lists is the least of their firsts.
    /// </summary>
    private int FirstMatch(int[] candidates, IReadOnlyList<string> words, int start, int best, ref int last)
    {
        foreach (var index in candidates)
        {
            if (best >= 0 && index > best)
            {
                return best;
            }

            var end = _entries[index].Pattern.MatchAt(words, start);
            if (end >= 0)
            {
                last = end;
                return index;
            }
        }

        return best;
    }

    private bool IsPrefix(int index) => _entries[index].Pattern.First.EndsWith('*');

    private static Dictionary<string, int[]> Group(IEnumerable<int> indices, Func<int, string> key) =>
        indices.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Order().ToArray(), StringComparer.Ordinal);
}
