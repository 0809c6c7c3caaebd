using Dossier.Articles;
using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;

namespace Dossier.Events;

/// <summary>
/// Events of one sentence: each trigger with the parties its roles point to. One event per
/// actor–target pair, so "la Corée du Sud, le Japon et les États-Unis ont condamné" gives three.
/// </summary>
internal sealed class EventFinder
{
    private readonly ClauseRules _rules;
    private readonly IReadOnlyList<(PhrasePattern Pattern, EventTrigger Trigger)> _triggers;
    private readonly Parties _parties;

    public EventFinder(string language, Parties parties)
    {
        _rules = ClauseRules.For(language);
        _triggers = EventTrigger.Load(language);
        _parties = parties;
    }

    public IEnumerable<(EventTrigger Trigger, EntityId? Actor, EntityId? Target, TextSpan Cue)> Find(SentenceView sentence, SpeakerContext context)
    {
        foreach (var match in TriggerScan.Find(sentence, _triggers))
        {
            var (actors, targets) = Roles(sentence, match, context);
            var cue = sentence.Cover(match.First, match.Last);
            foreach (var (actor, target) in Pairs(actors, targets, match.Entry.Roles))
            {
                yield return (match.Entry, actor, target, cue);
            }
        }
    }

    private (IReadOnlyList<EntityId> Actors, IReadOnlyList<EntityId> Targets) Roles(SentenceView sentence, TriggerMatch<EventTrigger> match, SpeakerContext context)
    {
        var participants = _rules.Participants;
        var prepositions = _rules.Prepositions;
        Func<MentionSlot, bool> party = Parties.IsParty;
        switch (match.Entry.Roles)
        {
            case TriggerRoles.Noun:
                return (Ids(participants.IntroducedBy(sentence, match.Last, party, prepositions.From)),
                        Ids(participants.IntroducedBy(sentence, match.Last, party, prepositions.To)));
            case TriggerRoles.Seeker:
                return (Ids(participants.ObjectOf(sentence, match.Last, party, prepositions.From)), Subject(sentence, match.First, context));
            case TriggerRoles.Patient:
                return (Ids(participants.IntroducedBy(sentence, match.Last, party, prepositions.By)), Subject(sentence, match.First, context));
            case TriggerRoles.Between:
                var together = Subject(sentence, match.First, context);
                var after = Ids(participants.ObjectOf(sentence, match.Last, party));
                var all = together.Concat(after).Distinct().ToList();
                return (all.Take(1).ToList(), all.Skip(1).Take(1).ToList());
            default:
                return (Subject(sentence, match.First, context), Ids(participants.ObjectOf(sentence, match.Last, party, prepositions.To)));
        }
    }

    private List<EntityId> Subject(SentenceView sentence, int trigger, SpeakerContext context)
    {
        var side = _rules.Participants.SubjectOf(sentence, trigger, Parties.IsParty);
        return side.Pronoun switch
        {
            WordClass.We => context.SpeakerAt(sentence.WordSpans[trigger]) is { } speaker ? [_parties.IdOf(speaker)] : [],
            WordClass.Pronoun => context.Antecedent(sentence, trigger) is { } antecedent ? [_parties.IdOf(antecedent)] : [],
            _ => Ids(side.Mentions),
        };
    }

    private List<EntityId> Ids(IEnumerable<MentionSlot> mentions) => mentions.Select(m => _parties.IdOf(m.Entity)).Distinct().ToList();

    private static IEnumerable<(EntityId? Actor, EntityId? Target)> Pairs(IReadOnlyList<EntityId> actors, IReadOnlyList<EntityId> targets, TriggerRoles roles)
    {
        // A passive names only who is targeted ("font l'objet de sanctions"); every other event needs its actor.
        IReadOnlyList<EntityId?> actorSlots = actors.Count > 0 ? actors.Cast<EntityId?>().ToList() : roles == TriggerRoles.Patient ? [null] : [];
        foreach (var actor in actorSlots)
        {
            var others = targets.Where(t => t != actor).ToList();
            if (others.Count == 0 && actor is not null)
            {
                yield return (actor, null);
            }

            foreach (var target in others)
            {
                yield return (actor, target);
            }
        }
    }
}
