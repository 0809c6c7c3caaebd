using Dossier.Articles;
using Dossier.Entities;

namespace Dossier.Transfers;

/// <summary>
/// A place on a transfer's route as a window states it.
/// </summary>
/// <param name="Reached">True when a leg leads to the place: it follows another place, or the text
/// makes it a destination ("vers Dunay"); false for a route's first place that the text makes or leaves its origin.</param>
/// <param name="Mode">How the leg to the place was travelled, when the text says.</param>
/// <param name="Evidence">The words stating the leg to the place (or the place alone when no leg leads to it).</param>
internal sealed record RouteStop(EntityId Place, bool Reached, TransportMode? Mode, TextSpan Evidence);
