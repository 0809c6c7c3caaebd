using Dossier.Articles;
using Dossier.Clauses;
using Dossier.Entities;

namespace Dossier.Events;

/// <summary>
/// Events of one sentence: each trigger with the parties its roles point to. One event per
/// actor–target pair, so "la Corée du Sud, le Japon et les États-Unis ont condamné" gives three.
/// </summary>
internal sealed class EventFinder
{
    private readonly PhraseLexicon<EventTrigger> _triggers;
    private readonly RoleResolver _roles;

    public EventFinder(string language, Parties parties)
    {
        _triggers = EventTrigger.Load(language);
        _roles = new RoleResolver(ClauseRules.For(language), parties);
    }

    public IEnumerable<(EventTrigger Trigger, EntityId? Actor, EntityId? Target, TextSpan Cue)> Find(SentenceView sentence, SpeakerContext context)
    {
        foreach (var match in TriggerScan.Find(sentence, _triggers))
        {
            var fillers = _roles.Resolve(sentence, match.First, match.Last, match.Entry.Roles, context);
            var cue = sentence.Cover(match.First, match.Last);
            foreach (var (actor, target) in Pairs(fillers, match.Entry.Roles))
            {
                yield return (match.Entry, actor, target, cue);
            }
        }
    }

    private static IEnumerable<(EntityId? Actor, EntityId? Target)> Pairs(RoleFillers fillers, TriggerRoles roles)
    {
        // A passive names only who is targeted ("font l'objet de sanctions"); every other event needs its actor.
        IReadOnlyList<EntityId?> actors = fillers.Actors.Count > 0 ? fillers.Actors.Cast<EntityId?>().ToList() : roles == TriggerRoles.Patient ? [null] : [];
        foreach (var actor in actors)
        {
            var targets = fillers.Targets.Where(t => t != actor).ToList();
            if (targets.Count == 0 && actor is not null)
            {
                yield return (actor, null);
            }

            foreach (var target in targets)
            {
                yield return (actor, target);
            }
        }
    }
}
