using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Entities;
using Dossier.Language;
using Dossier.Pipeline;
using Dossier.Quantities;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Tests.Events;

/// <summary>
/// Articles for the event and transfer tests: the real cleaning and token steps, then an entity
/// layer laid from a small name list (the entity step has tests of its own), so each test states
/// exactly which names are entities.
/// </summary>
internal static class TestArticles
{
    private static readonly ArticlePipeline Tokens = new PipelineBuilder()
        .Add(new CleaningStep()).Add(new LanguageStep()).Add(new TokenStep()).Build();

    public static Article With(string text, params (string Surface, string Id, EntityType Type)[] names)
    {
        var article = Tokens.Process(ArticleSource.PlainText("test.txt", text));
        var entities = names.GroupBy(n => n.Id).Select(group => new Entity(
            new EntityId(group.Key),
            group.First().Surface,
            group.First().Type,
            group.SelectMany(n => Occurrences(article.Text, n.Surface)).OrderBy(s => s.Start).ToList()));
        article.Set(new EntityLayer(entities.ToList()));
        article.Set(new TimeLayer([]));
        article.Set(new QuoteLayer([]));
        article.Set(new QuantityLayer([]));
        return article;
    }

    private static IEnumerable<TextSpan> Occurrences(string text, string surface)
    {
        for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
        {
            yield return new TextSpan(at, at + surface.Length);
        }
    }
}
