namespace Dossier.Quotes;

/// <summary>What a reporting verb says about the speaker's attitude to the words it carries.</summary>
public enum Stance
{
    Assert,
    Estimate,
    Warn,
    Deny,
    Accuse,
    Condemn,
    Promise,
    Threaten,
}

/// <summary>What must follow a reporting verb for it to report speech.</summary>
public enum Complement
{
    /// <summary>A clause: "a déclaré que", "said that", or a colon before a quotation.</summary>
    Que,

    /// <summary>A clause or an infinitive: "affirme avoir fourni", "claims to have".</summary>
    Inf,

    /// <summary>Any object: "ont nié les allégations", "accusent la Corée du Nord d'envoyer".</summary>
    Any,
}

/// <summary>One entry of a language's reporting-verbs.tsv.</summary>
public sealed record ReportingVerb(string Lemma, Stance Stance, Complement Complement);
