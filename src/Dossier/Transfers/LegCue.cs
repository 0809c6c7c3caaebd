using Dossier.Clauses;

namespace Dossier.Transfers;

/// <summary>How a phrase of <c>transfer-legs.tsv</c> opens the place after it.</summary>
internal enum RouteMark
{
    /// <summary>The place starts a leg ("depuis Najin", "from Najin").</summary>
    Origin,

    /// <summary>The place ends a leg ("vers Dunay", "to Dunay").</summary>
    Destination,

    /// <summary>The place holds the stop before it ("Tikhoretsk, dans la région de Krasnodar"): no stop of its own.</summary>
    Within,

    /// <summary>A phrase holding a marker word that marks no end ("à bord d'un navire").</summary>
    Neutral,
}

/// <summary>One row of <c>transfer-legs.tsv</c>: a phrase naming how goods travelled, or marking where a leg starts or ends.</summary>
internal sealed record LegCue(TransportMode? Mode, RouteMark? Mark)
{
    public static PhraseLexicon<LegCue> Load(string language) =>
        Lexicon.Load(language, "transfer-legs.tsv", row => Enum.TryParse<TransportMode>(row[1], ignoreCase: true, out var mode)
            ? new LegCue(mode, null)
            : new LegCue(null, Enum.Parse<RouteMark>(row[1], ignoreCase: true)));
}
