namespace Dossier.Store;

/// <summary>A full-text search: words that must all occur (accents and case ignored), and filters.</summary>
/// <param name="Text">What the user typed; punctuation separates words and is not search syntax.</param>
/// <param name="Language">ISO 639-1 code of the articles to keep, or null for all.</param>
/// <param name="EntityId">Keep articles that mention this entity (a knowledge-base id), or null.</param>
/// <param name="From">Earliest publication date kept, ISO 8601 as precise as wanted ("2023", "2023-10-01").</param>
/// <param name="To">Latest publication date kept, inclusive at its precision ("2023-10" keeps all of October).</param>
/// <param name="StoryId">Keep the articles of this story, or null.</param>
public sealed partial record SearchQuery(string Text, string? Language = null, string? EntityId = null, string? From = null, string? To = null, int Limit = 20, string? StoryId = null)
{
    /// <summary>The words of <see cref="Text"/>: runs of letters and digits.</summary>
    public IReadOnlyList<string> Words() => Word().Matches(Text).Select(m => m.Value).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();
}

/// <summary>One article found by a search, best first.</summary>
/// <param name="Snippet">A passage around the words found, the words between [ and ].</param>
public sealed record SearchHit(string ArticleId, string? Title, string? Published, string? Language, string Source, string Snippet, double Score);
