namespace Dossier.Language;

/// <summary>The language layer: ISO 639-1 code of the article's text, or null when undecided.</summary>
public sealed record DetectedLanguage(string? Code, double Confidence);
