using Dossier.Articles;

namespace Dossier.Cleaning;

/// <summary>The cleaning layer: the body paragraphs kept, in reading order.</summary>
public sealed record Paragraphs(IReadOnlyList<TextSpan> Spans);
