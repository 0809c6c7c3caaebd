using System.Collections.Concurrent;
using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Pipeline;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Quotes;

/// <summary>Direct and reported speech with its speaker, under the rules of the article's language.</summary>
public sealed class QuoteStep : Step<QuoteLayer>
{
    private static readonly ConcurrentDictionary<string, QuoteFinder> Finders = new();

    public override string Name => "quotes";

    public override IReadOnlyList<Type> Requires => [typeof(TokenLayer), typeof(EntityLayer), typeof(TimeLayer)];

    protected override QuoteLayer Produce(Article article)
    {
        var finder = Finders.GetOrAdd(RuleLanguage.For(article), code => new QuoteFinder(code));
        var times = article.Get<TimeLayer>().Times.Select(t => t.Span).ToList();
        return new QuoteLayer(finder.Find(SentenceView.All(article), QuoteMarks.Find(article.Text), times));
    }
}
