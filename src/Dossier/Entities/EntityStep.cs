using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Knowledge;
using Dossier.Pipeline;
using Dossier.Tokens;

namespace Dossier.Entities;

/// <summary>
/// Finds the article's entities: knowledge-base names (countries, their demonyms and seats of
/// power, places, people, organizations, weapon categories), people introduced by a title, and
/// "le Nord" in an article about North Korea. Mentions of one entity are grouped under its id.
/// </summary>
public sealed class EntityStep : Step<EntityLayer>
{
    private readonly KnowledgeBase _knowledge;
    private readonly Gazetteer _gazetteer;
    private readonly UnknownPeople _people;

    public EntityStep(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _gazetteer = Gazetteer.Build(knowledge);
        _people = new UnknownPeople();
    }

    public override string Name => "entities";

    public override IReadOnlyList<Type> Requires => [typeof(TokenLayer)];

    protected override EntityLayer Produce(Article article)
    {
        var found = new List<(KnowledgeEntry Entry, TextSpan Span)>();
        var sentences = SentenceView.All(article);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                if (_gazetteer.Match(sentence, article.Text, i) is { } match)
                {
                    found.Add((match.Name.Entry, sentence.Cover(i, match.Last)));
                    i = match.Last;
                }
            }
        }

        found.AddRange(_people.Find(article, sentences, found.Select(f => f.Span).ToList()));
        found.AddRange(NorthMetonyms(article, sentences, found));
        return new EntityLayer(found
            .GroupBy(f => f.Entry.Id)
            .Select(g => new Entity(g.Key, g.First().Entry.Name, g.First().Entry.Type, g.Select(f => f.Span).Distinct().OrderBy(s => s.Start).ToList()))
            .OrderBy(e => e.Mentions[0].Start)
            .ToList());
    }

    /// <summary>
    /// "Moscou fournirait au Nord la nourriture", "une démonstration de force contre le Nord":
    /// in an article that names North Korea, "le Nord" is North Korea.
    /// </summary>
    private IEnumerable<(KnowledgeEntry, TextSpan)> NorthMetonyms(Article article, IReadOnlyList<SentenceView> sentences, List<(KnowledgeEntry Entry, TextSpan Span)> found)
    {
        if (_knowledge.Find(new EntityId("PRK")) is not { } northKorea || !found.Any(f => f.Entry == northKorea))
        {
            yield break;
        }

        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                var span = sentence.WordSpans[i];
                if (sentence.Words[i] == "nord" && sentence.Words[i - 1] is "le" or "au" or "du" && article.Text[span.Start] == 'N'
                    && !found.Any(f => f.Span.Overlaps(span)))
                {
                    yield return (northKorea, span);
                }
            }
        }
    }
}
