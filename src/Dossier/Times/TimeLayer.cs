using Dossier.Articles;

namespace Dossier.Times;

/// <summary>The times layer: TIMEX3 expressions resolved against the publication date.</summary>
public sealed record TimeLayer(IReadOnlyList<TimeExpression> Times);

public enum TimexType
{
    DATE,
    TIME,
    DURATION,
    SET,
}

/// <param name="Value">TIMEX3 value: "2023-10-12", "2023-10", "P20M", "XXXX-09-01".</param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value);
