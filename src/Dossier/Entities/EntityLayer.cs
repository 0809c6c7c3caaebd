using Dossier.Articles;

namespace Dossier.Entities;

/// <summary>The entities layer: each distinct entity of the article with all its mentions.</summary>
public sealed record EntityLayer(IReadOnlyList<Entity> Entities);

/// <summary>A stable entity identifier: "PRK", "geonames:2039557", "wikidata:Q42", "local:john-kirby".</summary>
public readonly record struct EntityId(string Value)
{
    public override string ToString() => Value;
}

public enum EntityType
{
    PERSON,
    ORG,
    GPE,
    LOC,
    FAC,
    WEAPON,
    EVENT,
    OTHER,
}

public sealed record Entity(EntityId Id, string Name, EntityType Type, IReadOnlyList<TextSpan> Mentions);
