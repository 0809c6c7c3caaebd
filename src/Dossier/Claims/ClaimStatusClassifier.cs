using Dossier.Articles;

namespace Dossier.Claims;

/// <summary>
/// Stand-in until issue 5's classifier lands under this name and signature: every clause counts
/// as asserted, and the lexicons' own statuses (sought, denied, reported) still override it.
/// </summary>
public static class ClaimStatusClassifier
{
    public static ClaimStatus Classify(Article article, TextSpan clause)
    {
        ArgumentNullException.ThrowIfNull(article);
        _ = clause;
        return ClaimStatus.Asserted;
    }
}
