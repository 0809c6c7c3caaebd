using Dossier.Articles;
using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Languages;
using Dossier.Pipeline;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Events;

/// <summary>
/// PLOVER events from trigger phrases and the parties around them. The date is the time
/// expression of the sentence nearest the trigger, never the publication date by default.
/// </summary>
public sealed class EventStep : Step<EventLayer>
{
    private readonly Dictionary<string, EventFinder> _finders;

    public EventStep(Parties parties) =>
        _finders = LanguageData.Supported.ToDictionary(code => code, code => new EventFinder(code, parties));

    public override string Name => "events";

    public override IReadOnlyList<Type> Requires => [typeof(TokenLayer), typeof(EntityLayer), typeof(TimeLayer), typeof(QuoteLayer)];

    protected override EventLayer Produce(Article article)
    {
        var sentences = SentenceView.All(article);
        var context = new SpeakerContext(article.Get<QuoteLayer>().Quotes, sentences);
        var times = article.Get<TimeLayer>().Times;
        var events = new List<NewsEvent>();
        foreach (var finder in RuleLanguages.Of(article).Select(code => _finders[code]))
        {
            foreach (var sentence in sentences)
            {
                foreach (var (trigger, actor, target, cue) in finder.Find(sentence, context))
                {
                    var status = trigger.Status ?? ClaimStatusClassifier.Classify(article, cue, speaker => speaker.Id == actor);
                    var speaker = context.SpeakerAt(cue);
                    var found = new NewsEvent(trigger.Type, trigger.Mode, actor, target, When(times, sentence.Span, cue), null, status, speaker?.Id, sentence.Span);
                    if (!events.Any(e => e.Type == found.Type && e.Actor == found.Actor && e.Target == found.Target && e.Evidence == found.Evidence))
                    {
                        events.Add(found);
                    }
                }
            }
        }

        return new EventLayer(events);
    }

    private static string? When(IReadOnlyList<TimeExpression> times, TextSpan sentence, TextSpan cue) =>
        times.Where(t => t.Type is TimexType.DATE or TimexType.TIME && sentence.Contains(t.Span))
            .MinBy(t => Math.Abs(t.Span.Start - cue.Start))?.Value;
}
