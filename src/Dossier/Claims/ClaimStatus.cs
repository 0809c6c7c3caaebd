namespace Dossier.Claims;

/// <summary>How firmly a fact is put forward by its source (the contract's <c>status</c>).</summary>
public enum ClaimStatus
{
    Asserted,
    Reported,
    Alleged,
    Denied,
    Planned,
    Sought,
    Hypothetical,
}
