using Dossier.Articles;

namespace Dossier.Cleaning;

/// <summary>The cleaning layer: the body paragraphs kept, in reading order.</summary>
/// <param name="Page">What an HTML page states about itself, read while it was parsed; null for plain text.</param>
public sealed record Paragraphs(IReadOnlyList<TextSpan> Spans, PageFacts? Page = null);

/// <summary>
/// Metadata an HTML page declares (meta tags, JSON-LD, &lt;time&gt;, &lt;html lang&gt;), kept as
/// written: the metadata and language steps decide what they mean. Parsing the page once is
/// why cleaning, not metadata, reads them.
/// </summary>
public sealed record PageFacts(string? Title, string? Published, string? Language, string? Url);
