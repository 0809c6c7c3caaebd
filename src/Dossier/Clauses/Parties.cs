using Dossier.Entities;

namespace Dossier.Clauses;

/// <summary>
/// Who can act in an event or a transfer, and under which id. A person or a state body acts for
/// its country ("Kirby a condamné" is the United States condemning), so it is counted under the
/// country that <c>affiliation</c> gives; other organizations (Wagner, the UN) act as themselves.
/// </summary>
public sealed class Parties
{
    private readonly Func<Entity, EntityId?> _affiliation;

    public Parties(Func<Entity, EntityId?> affiliation) => _affiliation = affiliation;

    public static bool IsParty(MentionSlot mention) => mention.Entity.Type is EntityType.GPE or EntityType.ORG or EntityType.PERSON;

    public EntityId IdOf(Entity entity) => _affiliation(entity) ?? entity.Id;
}
