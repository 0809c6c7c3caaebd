using Dossier.Articles;
using Dossier.Entities;
using Dossier.Quotes;

namespace Dossier.Clauses;

/// <summary>
/// What the rest of the article tells about a sentence: who is speaking at a point of the text
/// (the quote that carries it) and whom a pronoun stands for.
/// </summary>
public sealed class SpeakerContext
{
    private readonly IReadOnlyList<Quote> _quotes;
    private readonly IReadOnlyList<SentenceView> _sentences;

    public SpeakerContext(IReadOnlyList<Quote> quotes, IReadOnlyList<SentenceView> sentences)
    {
        _quotes = quotes;
        _sentences = sentences;
    }

    /// <summary>The speaker of the innermost quote that contains <paramref name="span"/>, or null.</summary>
    public Entity? SpeakerAt(TextSpan span) =>
        _quotes.Where(q => q.Span.Contains(span) && q.Speaker is not null).MinBy(q => q.Span.Length)?.Speaker;

    /// <summary>
    /// The party a third-person pronoun before word <paramref name="word"/> stands for: the
    /// nearest party named earlier in the sentence ("La Russie a déclaré qu'elle envisageait"),
    /// else the last one of the sentence before.
    /// </summary>
    public Entity? Antecedent(SentenceView sentence, int word)
    {
        var before = sentence.Mentions.LastOrDefault(m => m.Last < word && Parties.IsParty(m));
        if (before.Entity is not null)
        {
            return before.Entity;
        }

        var index = IndexOf(sentence);
        return index > 0 ? _sentences[index - 1].Mentions.LastOrDefault(Parties.IsParty).Entity : null;
    }

    private int IndexOf(SentenceView sentence)
    {
        for (var i = 0; i < _sentences.Count; i++)
        {
            if (ReferenceEquals(_sentences[i], sentence))
            {
                return i;
            }
        }

        return -1;
    }
}
