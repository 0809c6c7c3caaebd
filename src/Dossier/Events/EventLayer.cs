using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;

namespace Dossier.Events;

/// <summary>The events layer: PLOVER-typed events with their evidence.</summary>
public sealed record EventLayer(IReadOnlyList<NewsEvent> Events);

/// <summary>PLOVER event types.</summary>
public enum EventType
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
}

/// <param name="When">TIMEX3 value, or null.</param>
public sealed record NewsEvent(
    EventType Type,
    string? Mode,
    EntityId? Actor,
    EntityId? Target,
    string? When,
    EntityId? Where,
    ClaimStatus Status,
    EntityId? AttributedTo,
    TextSpan Evidence);
