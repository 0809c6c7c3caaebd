using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;
using Dossier.Quantities;

namespace Dossier.Transfers;

/// <summary>
/// What one cue in one sentence says about a movement of goods. Mentions with goods become
/// transfers; the others add their parties, figures, period and route to a transfer already found.
/// </summary>
internal sealed record TransferMention(
    IReadOnlyList<EntityId> Suppliers,
    IReadOnlyList<EntityId> Recipients,
    IReadOnlyList<string> Items,
    Quantity? Quantity,
    TransferPeriod? Period,
    IReadOnlyList<RouteStop> Stops,
    ClaimStatus Status,
    EntityId? AttributedTo,
    TextSpan Evidence);
