using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Languages;

namespace Dossier.Events;

/// <summary>Where a trigger's participants stand (see the header of <c>event-triggers.tsv</c>).</summary>
public enum TriggerRoles
{
    Agent,
    Noun,
    Seeker,
    Patient,
    Between,
}

/// <summary>One row of <c>event-triggers.tsv</c>.</summary>
public sealed record EventTrigger(EventType Type, string? Mode, TriggerRoles Roles, ClaimStatus? Status)
{
    /// <summary>The triggers of a language, longest phrases first.</summary>
    public static IReadOnlyList<(PhrasePattern Pattern, EventTrigger Trigger)> Load(string language) =>
        LanguageData.Rows(language, "event-triggers.tsv")
            .Select(row => (new PhrasePattern(row[0]), Parse(row)))
            .OrderByDescending(entry => entry.Item1.Parts)
            .ToList();

    private static EventTrigger Parse(string[] row) => new(
        Enum.Parse<EventType>(row[1]),
        row.Length > 2 && row[2].Length > 0 ? row[2] : null,
        Enum.Parse<TriggerRoles>(row[3], ignoreCase: true),
        row.Length > 4 && row[4].Length > 0 ? Enum.Parse<ClaimStatus>(row[4], ignoreCase: true) : null);
}
