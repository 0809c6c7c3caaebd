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
            TriggerRoles.Seeker => new(Ids(Giver(sentence, last)), Subject(sentence, first, context)),
            TriggerRoles.Patient => new(Ids(participants.IntroducedBy(sentence, last, party, prepositions.By)), Subject(sentence, first, context)),
            TriggerRoles.Between => Between(sentence, first, last, context),
            TriggerRoles.Direct => Direct(sentence, first, last, context),
            _ when IsPassive(sentence, first) => new(
                Ids(participants.IntroducedBy(sentence, last, party, prepositions.By)),
                Ids(participants.IntroducedBy(sentence, last, party, prepositions.To))),
            _ => new(Subject(sentence, first, context), Ids(directObjects
                ? participants.ObjectOf(sentence, last, party, prepositions.To)
                : participants.IntroducedBy(sentence, last, party, prepositions.To))),
        };
    }

    private RoleFillers Direct(SentenceView sentence, int first, int last, SpeakerContext context)
    {
        var subject = _rules.Participants.SubjectOf(sentence, first, Parties.IsParty).Mentions;
        var objects = _rules.Participants.ObjectOf(sentence, last, Parties.IsParty);
        return new(Subject(sentence, first, context), Ids(objects.Count > 0 ? objects : BothNamed(sentence, first, last, subject)));
    }

    /// <summary>
    /// "les deux pays", "the two countries" right after the trigger: the last two countries named
    /// before it in the sentence, the subject's aside ("une alliance entre la Russie et la Corée du Nord … les
    /// États-Unis sanctionnaient les deux pays").
    /// </summary>
    private static List<MentionSlot> BothNamed(SentenceView sentence, int first, int last, IReadOnlyList<MentionSlot> subject)
    {
        var at = last + 1;
        while (at < sentence.Count && sentence.Words[at] is "les" or "ces" or "the" or "these")
        {
            at++;
        }

        if (at + 1 >= sentence.Count || sentence.Words[at] is not ("deux" or "two") || sentence.Words[at + 1] is not ("pays" or "countries" or "etats" or "states"))
        {
            return [];
        }

        var named = new List<MentionSlot>();
        foreach (var mention in sentence.Mentions.Where(m => m.Last < first && m.Entity.Type == EntityType.GPE && !subject.Contains(m)).Reverse())
        {
            if (named.All(n => n.Entity.Id != mention.Entity.Id))
            {
                named.Insert(0, mention);
            }

            if (named.Count == 2)
            {
                return named;
            }
        }

        return [];
    }

    /// <summary>
    /// Whom a seeker turns to: the party after "de"/"auprès de" ("une aide de la Russie"), or one
    /// named right after the trigger ("se tourne vers la Corée du Nord"); a party further on is
    /// about something else ("pour obtenir des munitions pour le conflit en Ukraine").
    /// </summary>
    private IReadOnlyList<MentionSlot> Giver(SentenceView sentence, int last)
    {
        var participants = _rules.Participants;
        if (participants.IntroducedBy(sentence, last, Parties.IsParty, _rules.Prepositions.From) is { Count: > 0 } from)
        {
            return from;
        }

        var next = participants.ObjectOf(sentence, last, Parties.IsParty);
        return next.Count > 0 && next[0].First - last <= 3 ? next : [];
    }

    /// <summary>
    /// "Les conteneurs ont été livrés par X à Y": after a passive auxiliary the subject is what
    /// was moved, and the giver, if named, follows "par".
    /// </summary>
    public static bool IsPassive(SentenceView sentence, int trigger)
    {
        for (var i = trigger - 1; i >= 0 && i >= trigger - 3 && sentence.MentionAt(i) is null; i--)
        {
            if (sentence.Words[i] is "ete" or "been" or "were" or "was")
            {
                return true;
            }
        }

        return false;
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
        var all = Subject(sentence, first, context, acrossVerb: true).Concat(Ids(_rules.Participants.ObjectOf(sentence, last, Parties.IsParty))).Distinct().ToList();
        return new(all.Take(1).ToList(), all.Skip(1).Take(1).ToList());
    }

    private List<EntityId> Subject(SentenceView sentence, int trigger, SpeakerContext context, bool acrossVerb = false)
    {
        var side = _rules.Participants.SubjectOf(sentence, trigger, Parties.IsParty);
        if (side == SubjectSide.None && acrossVerb)
        {
            // A verb and its object may stand between the subject and a noun trigger ("ont tenu un sommet").
            side = _rules.Participants.GroupBefore(sentence, trigger, Parties.IsParty);
        }

        return side.Pronoun switch
        {
            WordClass.We => context.SpeakerAt(sentence.WordSpans[trigger]) is { } speaker ? [_parties.IdOf(speaker)] : [],
            WordClass.Pronoun => context.Antecedent(sentence, trigger) is { } antecedent ? [_parties.IdOf(antecedent)] : [],
            _ => Ids(side.Mentions),
        };
    }

    private List<EntityId> Ids(IEnumerable<MentionSlot> mentions) => mentions.Select(m => _parties.IdOf(m.Entity)).Distinct().ToList();
}
