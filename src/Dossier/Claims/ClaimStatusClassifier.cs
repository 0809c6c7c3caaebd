using Dossier.Articles;

namespace Dossier.Claims;

// Stand-in until the quotes branch lands its classifier under the same name and signature.
public static class ClaimStatusClassifier
{
    public static ClaimStatus Classify(Article article, TextSpan clause) => article is null || clause.Length < 0 ? ClaimStatus.Reported : ClaimStatus.Asserted;
}
