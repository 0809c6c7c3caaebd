using System.Globalization;
using System.Text;

namespace Dossier.Language;

/// <summary>
/// A text reduced to what its language shows in: lowercase letters, accents kept (they are
/// among the strongest signals: ç, ß, ñ, ã, ł, ї), every run of non-letters one space, and a
/// space before and after each word so that n-grams see where words begin and end.
/// </summary>
internal readonly record struct FoldedText(string Value, int Letters)
{
    /// <summary>Folds at most the first <paramref name="maxChars"/> characters of <paramref name="text"/>.</summary>
    public static FoldedText Of(string text, int maxChars = int.MaxValue)
    {
        var length = Math.Min(text.Length, maxChars);
        var folded = new StringBuilder(length + 2).Append(' ');
        var letters = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                folded.Append(char.ToLowerInvariant(c));
                letters++;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && folded[^1] != ' ')
            {
                // A decomposed accent belongs to its letter: string.Normalize cannot compose
                // under invariant globalization, so keep the mark rather than split the word.
                folded.Append(c);
            }
            else if (folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }

        if (folded[^1] != ' ')
        {
            folded.Append(' ');
        }

        return new FoldedText(folded.ToString(), letters);
    }

    /// <summary>The 1-, 2- and 3-grams of each padded word, as <see cref="Ngram"/> keys.</summary>
    public NgramEnumerator GetEnumerator() => new(Value);
}

/// <summary>
/// Walks a folded text once, giving at each letter the unigram, bigram and trigram that end
/// there, and the closing bigram and trigram at each word's end. N-grams never span a space
/// inside them: words are padded one by one, as Cavnar and Trenkle do.
/// </summary>
internal ref struct NgramEnumerator(string folded)
{
    private int _position;
    private int _order;

    public ulong Current { get; private set; }

    public bool MoveNext()
    {
        // Position 0 is the leading space; each position yields up to three n-grams ending there.
        while (true)
        {
            if (_order == 0)
            {
                if (++_position >= folded.Length)
                {
                    return false;
                }

                _order = 3;
            }

            var order = _order--;
            if (Ngram.TryKey(folded, _position, order, out var key))
            {
                Current = key;
                return true;
            }
        }
    }
}

/// <summary>An n-gram of up to three characters packed into one number, so counting and scoring allocate nothing.</summary>
internal static class Ngram
{
    /// <summary>The n-gram of <paramref name="order"/> characters ending at <paramref name="end"/>, if it is one: not a lone space, no space inside.</summary>
    public static bool TryKey(string folded, int end, int order, out ulong key)
    {
        key = 0;
        var start = end - order + 1;
        if (start < 0)
        {
            return false;
        }

        for (var i = start; i <= end; i++)
        {
            var c = folded[i];
            var isEdge = i == start || i == end;
            if (c == ' ' && (!isEdge || order == 1))
            {
                return false;
            }

            key = (key << 16) | c;
        }

        return true;
    }

    /// <summary>How many characters the key holds: folded text has no NUL, so leading zero fields are absent characters.</summary>
    public static int Order(ulong key) => key >> 32 != 0 ? 3 : key >> 16 != 0 ? 2 : 1;
}
