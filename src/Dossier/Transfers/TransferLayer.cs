using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;
using Dossier.Quantities;

namespace Dossier.Transfers;

/// <summary>The transfers layer: SIPRI-like records of weapons and materiel moving between parties.</summary>
public sealed record TransferLayer(IReadOnlyList<Transfer> Transfers);

/// <param name="Items">English singular weapon or materiel categories.</param>
/// <param name="Route">Ordered places, origin first.</param>
/// <param name="Legs">The route as legs, in order: one per pair of successive places, and one before
/// the first place when the text makes it a destination whose origin it does not name.</param>
public sealed record Transfer(
    EntityId? Supplier,
    EntityId? Recipient,
    IReadOnlyList<string> Items,
    TransferQuantity? Quantity,
    TransferPeriod? Period,
    IReadOnlyList<EntityId> Route,
    IReadOnlyList<TransferLeg> Legs,
    ClaimStatus Status,
    IReadOnlyList<EntityId> AttributedTo,
    IReadOnlyList<TextSpan> Evidence);

public sealed record TransferQuantity(double Value, Approximation Approx, double? ValueMax, string? Unit);

/// <summary>TIMEX3 values bounding the transfer; either may be null.</summary>
public sealed record TransferPeriod(string? From, string? To);

/// <summary>How goods travelled a leg, as the text says it.</summary>
public enum TransportMode
{
    Sea,
    Rail,
    Road,
    Air,
}

/// <summary>One leg of a transfer's route.</summary>
/// <param name="From">The place the leg starts from; null when the text names only where it went.</param>
/// <param name="Mode">Null when the text does not say how the leg was travelled.</param>
/// <param name="Evidence">The words stating the leg.</param>
public sealed record TransferLeg(EntityId? From, EntityId To, TransportMode? Mode, TextSpan Evidence);
