using Dossier.Claims;
using Dossier.Clauses;

namespace Dossier.Events;

/// <summary>One row of <c>event-triggers.tsv</c>.</summary>
public sealed record EventTrigger(EventType Type, string? Mode, TriggerRoles Roles, ClaimStatus? Status)
{
    public static PhraseLexicon<EventTrigger> Load(string language) =>
        Lexicon.Load(language, "event-triggers.tsv", row => new EventTrigger(
            Enum.Parse<EventType>(row[1]),
            Lexicon.Cell(row, 2),
            Enum.Parse<TriggerRoles>(row[3], ignoreCase: true),
            Lexicon.Cell(row, 4) is { } status ? Enum.Parse<ClaimStatus>(status, ignoreCase: true) : null));
}
