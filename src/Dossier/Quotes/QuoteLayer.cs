using Dossier.Articles;
using Dossier.Entities;

namespace Dossier.Quotes;

/// <summary>The quotes layer: direct and reported speech with its speaker.</summary>
public sealed record QuoteLayer(IReadOnlyList<Quote> Quotes);

/// <param name="Span">The quoted or reported words.</param>
/// <param name="Direct">True when in quotation marks.</param>
/// <param name="Speaker">The speaking entity, or null when unattributed.</param>
/// <param name="Cue">The reporting verb or phrase, or null.</param>
/// <param name="Stance">What the reporting verb says of the speaker's attitude: denials and accusations colour the claims inside.</param>
public sealed record Quote(TextSpan Span, bool Direct, Entity? Speaker, TextSpan? Cue, Stance Stance);
