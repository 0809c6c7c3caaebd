using System.Runtime.CompilerServices;
using Dossier.Articles;
using Dossier.Entities;
using Dossier.Tokens;

namespace Dossier.Clauses;

/// <summary>An entity mention laid over the words of a sentence: words [First, Last] inclusive.</summary>
public readonly record struct MentionSlot(Entity Entity, TextSpan Span, int First, int Last);

/// <summary>
/// One sentence as folded words with the entity mentions that cover them. Elided articles
/// ("d'Iran", "l'Ukraine") count as their own word so that patterns and prepositions see them.
/// </summary>
public sealed class SentenceView
{
    // Quotes, events, transfers and claims all read the article's sentences. A layer is written
    // once, so the views built once the entities are known serve every later step.
    private static readonly ConditionalWeakTable<Article, IReadOnlyList<SentenceView>> WithEntities = new();

    private readonly MentionSlot?[] _mentionAt;

    private SentenceView(TextSpan span, IReadOnlyList<string> words, IReadOnlyList<TextSpan> spans, IReadOnlyList<MentionSlot> mentions)
    {
        Span = span;
        Words = words;
        WordSpans = spans;
        Mentions = mentions;
        _mentionAt = new MentionSlot?[words.Count];
        foreach (var mention in mentions)
        {
            for (var i = mention.First; i <= mention.Last; i++)
            {
                _mentionAt[i] = mention;
            }
        }
    }

    public TextSpan Span { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<TextSpan> WordSpans { get; }

    public IReadOnlyList<MentionSlot> Mentions { get; }

    public int Count => Words.Count;

    public MentionSlot? MentionAt(int word) => word >= 0 && word < _mentionAt.Length ? _mentionAt[word] : null;

    /// <summary>The text from word <paramref name="first"/> to word <paramref name="last"/>.</summary>
    public TextSpan Cover(int first, int last) => new(WordSpans[first].Start, WordSpans[last].End);

    /// <summary>One view per sentence of the article, in order.</summary>
    public static IReadOnlyList<SentenceView> All(Article article) =>
        article.TryGet<EntityLayer>() is { } layer ? WithEntities.GetValue(article, _ => Build(article, layer.Entities)) : Build(article, []);

    private static List<SentenceView> Build(Article article, IReadOnlyList<Entity> entities)
    {
        var tokens = article.Get<TokenLayer>();
        var mentions = entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Span: m))).OrderBy(m => m.Span.Start).ToList();
        var views = new List<SentenceView>(tokens.Sentences.Count);
        var next = 0;
        foreach (var group in tokens.Tokens.GroupBy(t => t.Sentence))
        {
            var sentence = tokens.Sentences[group.Key];
            var (words, spans) = FoldedWords.Of(article.Text, group.Select(t => t.Span));
            while (next < mentions.Count && mentions[next].Span.End <= sentence.Start)
            {
                next++;
            }

            var slots = new List<MentionSlot>();
            for (var m = next; m < mentions.Count && mentions[m].Span.Start < sentence.End; m++)
            {
                if (Slot(mentions[m].Entity, mentions[m].Span, spans) is { } slot && !slots.Any(s => s.Last >= slot.First && s.First <= slot.Last))
                {
                    slots.Add(slot);
                }
            }

            views.Add(new SentenceView(sentence, words, spans, slots));
        }

        return views;
    }

    private static MentionSlot? Slot(Entity entity, TextSpan mention, List<TextSpan> spans)
    {
        int first = -1, last = -1;
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].Overlaps(mention))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : new MentionSlot(entity, mention, first, last);
    }
}
