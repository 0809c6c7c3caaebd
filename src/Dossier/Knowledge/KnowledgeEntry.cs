using Dossier.Entities;

namespace Dossier.Knowledge;

/// <summary>How an entry acts in events: for its country (people, state bodies, places) or as itself.</summary>
public enum PartyKind
{
    Country,
    ForCountry,
    Itself,
}

/// <summary>A point on the map, for places.</summary>
public readonly record struct Coordinates(double Latitude, double Longitude);

/// <summary>One known entity: a country, a place, a person, an organization or a weapon category.</summary>
/// <param name="Country">The country it belongs to or speaks for, when it has one.</param>
public sealed record KnowledgeEntry(EntityId Id, string Name, EntityType Type, EntityId? Country, PartyKind Kind, Coordinates? Location = null, long Population = 0);

/// <summary>How a name refers to its entry: by name, as an adjective of nationality, or as a seat of power.</summary>
public enum NameKind
{
    Name,
    Demonym,
    Metonym,
}

/// <summary>One name of an entry, as written in the data.</summary>
public sealed record KnownName(string Text, KnowledgeEntry Entry, NameKind Kind);
