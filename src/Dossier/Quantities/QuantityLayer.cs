using Dossier.Articles;

namespace Dossier.Quantities;

/// <summary>The quantities layer: every counted or measured amount.</summary>
public sealed record QuantityLayer(IReadOnlyList<Quantity> Quantities);

public enum Approximation
{
    Exact,
    About,
    Over,
    Under,
    AtLeast,
    UpTo,
    Range,
}

/// <param name="Unit">English singular of what is counted ("container", "artillery shell", "km"), or null.</param>
/// <param name="Per">The rate's period when the amount is a rate ("day" for "par jour"), or null.</param>
public sealed record Quantity(TextSpan Span, double Value, Approximation Approx, double? ValueMax, string? Unit, string? Per);
