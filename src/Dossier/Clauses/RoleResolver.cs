using Dossier.Entities;

namespace Dossier.Clauses;

/// <summary>The parties a trigger's roles point to: who acts (or gives) and who is acted on (or receives).</summary>
public sealed record RoleFillers(IReadOnlyList<EntityId> Actors, IReadOnlyList<EntityId> Targets);

/// <summary>Reads the actors and targets of a trigger in a sentence, for events and transfers alike.</summary>
public sealed class RoleResolver
{
    private readonly ClauseRules _rules;
    private readonly Parties _parties;

    public RoleResolver(ClauseRules rules, Parties parties)
    {
        _rules = rules;
        _parties = parties;
    }

    /// <param name="directObjects">Whether a party right after the trigger is its target without a
    /// preposition: "accuser la Corée du Nord" yes; for goods, only "à/vers Y" names a recipient.</param>
    public RoleFillers Resolve(SentenceView sentence, int first, int last, TriggerRoles roles, SpeakerContext context, bool directObjects = true)
    {
        var participants = _rules.Participants;
        var prepositions = _rules.Prepositions;
        Func<MentionSlot, bool> party = Parties.IsParty;
        return roles switch
        {
            TriggerRoles.Noun or TriggerRoles.Exchange => new(
                Ids(participants.IntroducedBy(sentence, last, party, prepositions.From) is { Count: > 0 } from ? from : Adjacent(sentence, last)),
                Ids(participants.IntroducedBy(sentence, last, party, prepositions.To))),
            TriggerRoles.Seeker => new(Ids(participants.ObjectOf(sentence, last, party, prepositions.From)), Subject(sentence, first, context)),
            TriggerRoles.Patient => new(Ids(participants.IntroducedBy(sentence, last, party, prepositions.By)), Subject(sentence, first, context)),
            TriggerRoles.Between => Between(sentence, first, last, context),
            TriggerRoles.Direct => new(Subject(sentence, first, context), Ids(participants.ObjectOf(sentence, last, party))),
            _ => new(Subject(sentence, first, context), Ids(directObjects
                ? participants.ObjectOf(sentence, last, party, prepositions.To)
                : participants.IntroducedBy(sentence, last, party, prepositions.To))),
        };
    }

    /// <summary>A party named right after a noun trigger, as a demonym does ("l'aide militaire russe").</summary>
    private static IReadOnlyList<MentionSlot> Adjacent(SentenceView sentence, int last)
    {
        for (var i = last + 1; i <= last + 2 && i < sentence.Count; i++)
        {
            if (sentence.MentionAt(i) is { } mention)
            {
                return Parties.IsParty(mention) ? [mention] : [];
            }
        }

        return [];
    }

    private RoleFillers Between(SentenceView sentence, int first, int last, SpeakerContext context)
    {
        var subject = Subject(sentence, first, context);
        if (subject.Count == 0)
        {
            subject = Ids(_rules.Participants.GroupBefore(sentence, first, Parties.IsParty));
        }

        var all = subject.Concat(Ids(_rules.Participants.ObjectOf(sentence, last, Parties.IsParty))).Distinct().ToList();
        return new(all.Take(1).ToList(), all.Skip(1).Take(1).ToList());
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
}
