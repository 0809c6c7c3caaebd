using Dossier.Articles;
using Dossier.Tokens;

namespace Dossier.Clauses;

/// <summary>
/// Tokens as the words rules compare: folded (<see cref="WordForm"/>), with French elided articles
/// and pronouns ("d'Iran", "l'Ukraine", "qu'elle") split off as words of their own.
/// </summary>
public static class FoldedWords
{
    private static readonly HashSet<string> Elided = ["l'", "d'", "qu'", "jusqu'", "s'", "n'", "c'", "j'", "m'", "t'", "lorsqu'", "puisqu'"];

    public static (List<string> Words, List<TextSpan> Spans) Of(string text, IEnumerable<TextSpan> tokens)
    {
        var words = new List<string>();
        var spans = new List<TextSpan>();
        foreach (var token in tokens)
        {
            var form = WordForm.Fold(text.AsSpan(token.Start, token.Length));
            var elision = ElisionLength(form);
            if (elision > 0)
            {
                words.Add(form[..elision]);
                spans.Add(new TextSpan(token.Start, token.Start + elision));
                form = form[elision..];
                spans.Add(new TextSpan(token.Start + elision, token.End));
            }
            else
            {
                spans.Add(token);
            }

            words.Add(form);
        }

        return (words, spans);
    }

    /// <summary>The words of a phrase of rule data, cut as the article's text is.</summary>
    public static List<string> Of(string phrase) => Of(phrase, TokenStep.Spans(phrase)).Words;

    private static int ElisionLength(string form)
    {
        var apostrophe = form.IndexOf('\'', StringComparison.Ordinal);
        return apostrophe is >= 1 and <= 6 && apostrophe < form.Length - 1 && Elided.Contains(form[..(apostrophe + 1)]) ? apostrophe + 1 : 0;
    }
}
