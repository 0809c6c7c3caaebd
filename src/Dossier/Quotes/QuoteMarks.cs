using Dossier.Articles;

namespace Dossier.Quotes;

/// <summary>
/// Finds the words inside quotation marks: « … », “ … ”, „ … “, ‹ … ›, " … ", with or without
/// inner spaces. A quotation may run over several sentences and paragraphs, as long as each new
/// paragraph reopens it (the French and English convention); one left open at the end of a
/// paragraph that is not reopened is dropped rather than allowed to swallow the article. Only
/// the outermost quotation is kept: inner marks are the speaker citing someone else.
/// </summary>
public static class QuoteMarks
{
    private static readonly Dictionary<char, char> Closers = new()
    {
        ['«'] = '»',
        ['“'] = '”',
        ['„'] = '“',
        ['‹'] = '›',
        ['"'] = '"',
    };

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var found = new List<TextSpan>();
        var stack = new Stack<(char Close, int Start)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (stack.Count > 0)
                {
                    var reopening = Reopening(text, i, stack.Peek().Close);
                    if (reopening < 0)
                    {
                        stack.Clear();
                    }
                    else
                    {
                        i = reopening;
                    }
                }

                continue;
            }

            if (stack.Count > 0 && c == stack.Peek().Close)
            {
                var (_, start) = stack.Pop();
                if (stack.Count == 0 && Trimmed(text, start, i) is { } inner)
                {
                    found.Add(inner);
                }
            }
            else if (Closers.TryGetValue(c, out var close) && !InsideWord(text, i))
            {
                stack.Push((close, i + 1));
            }
        }

        return found;
    }

    /// <summary>Where the next paragraph reopens the quotation with the same mark, or -1.</summary>
    private static int Reopening(string text, int newline, char close)
    {
        var next = newline + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < text.Length && Closers.TryGetValue(text[next], out var reopened) && reopened == close ? next : -1;
    }

    // A straight quote between two letters is an inch mark or a typo, not a quotation.
    private static bool InsideWord(string text, int i) =>
        text[i] == '"' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static TextSpan? Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // The comma before the closing mark ("“We will watch,” he said") punctuates the sentence, not the words.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }
}
