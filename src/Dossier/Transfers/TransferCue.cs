using Dossier.Claims;
using Dossier.Clauses;

namespace Dossier.Transfers;

/// <summary>One row of <c>transfer-cues.tsv</c>: a phrase that moves goods, its roles and the status it implies.</summary>
public sealed record TransferCue(TriggerRoles Roles, ClaimStatus? Status)
{
    public static PhraseLexicon<TransferCue> Load(string language) =>
        Lexicon.Load(language, "transfer-cues.tsv", row => new TransferCue(
            Enum.Parse<TriggerRoles>(row[1], ignoreCase: true),
            Lexicon.Cell(row, 2) is { } status ? Enum.Parse<ClaimStatus>(status, ignoreCase: true) : null));

    /// <summary>The goods of <c>transfer-goods.tsv</c>: phrase → English category.</summary>
    public static PhraseLexicon<string> Goods(string language) =>
        Lexicon.Load(language, "transfer-goods.tsv", row => row[1]);
}
