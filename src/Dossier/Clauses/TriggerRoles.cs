namespace Dossier.Clauses;

/// <summary>Where a trigger's participants stand (see the header of <c>event-triggers.tsv</c>).</summary>
public enum TriggerRoles
{
    /// <summary>Actor on the subject side, target after the trigger ("X a fourni … à Y").</summary>
    Agent,

    /// <summary>Actor on the subject side, target its direct object even when "à Y" follows ("X accuse Y d'envoyer des armes à Z").</summary>
    Direct,

    /// <summary>Actor after "de", target after "à" ("livraisons d'armes de X à Y").</summary>
    Noun,

    /// <summary>Target on the subject side, actor (the giver) after the trigger ("X recherche une aide de Y").</summary>
    Seeker,

    /// <summary>Target on the subject side, actor after "par" ("X fait l'objet de sanctions").</summary>
    Patient,

    /// <summary>The first two parties named together ("X et Y ont échangé des lettres").</summary>
    Between,

    /// <summary>The goods going back for an earlier transfer ("en échange de munitions provenant de X").</summary>
    Exchange,
}
