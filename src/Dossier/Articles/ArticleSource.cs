namespace Dossier.Articles;

/// <summary>What a reader hands to the pipeline: where an article came from and its raw content.</summary>
/// <param name="Location">A path or URL, as the user named it.</param>
/// <param name="Raw">The decoded input: plain text or HTML markup.</param>
/// <param name="Format">How <paramref name="Raw"/> is to be cleaned.</param>
/// <param name="Hints">Metadata the container already states (a JSON Lines record's title, date, language).</param>
public sealed record ArticleSource(string Location, string Raw, RawFormat Format, SourceHints Hints)
{
    public static ArticleSource PlainText(string location, string text) =>
        new(location, text, RawFormat.PlainText, SourceHints.None);
}

public enum RawFormat
{
    PlainText,
    Html,
}

/// <summary>Metadata given alongside the raw input; each field wins over what cleaning would guess.</summary>
public sealed record SourceHints(string? Id, string? Url, string? Title, string? Published, string? Language)
{
    public static SourceHints None { get; } = new(null, null, null, null, null);
}
