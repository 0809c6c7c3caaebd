using Dossier.Articles;

namespace Dossier.Metadata;

/// <summary>The metadata layer: what is known about an article besides its text.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Published">When it was published, as precisely as known, or null.</param>
public sealed record ArticleMetadata(string? Title, PartialDateTime? Published);
