using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;
using Dossier.Quantities;

namespace Dossier.Transfers;

/// <summary>The transfers layer: SIPRI-like records of weapons and materiel moving between parties.</summary>
public sealed record TransferLayer(IReadOnlyList<Transfer> Transfers);

/// <param name="Items">English singular weapon or materiel categories.</param>
/// <param name="Route">Ordered places, origin first.</param>
public sealed record Transfer(
    EntityId? Supplier,
    EntityId? Recipient,
    IReadOnlyList<string> Items,
    TransferQuantity? Quantity,
    TransferPeriod? Period,
    IReadOnlyList<EntityId> Route,
    ClaimStatus Status,
    IReadOnlyList<EntityId> AttributedTo,
    IReadOnlyList<TextSpan> Evidence);

public sealed record TransferQuantity(double Value, Approximation Approx, double? ValueMax, string? Unit);

/// <summary>TIMEX3 values bounding the transfer; either may be null.</summary>
public sealed record TransferPeriod(string? From, string? To);
