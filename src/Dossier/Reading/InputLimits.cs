namespace Dossier.Reading;

/// <summary>
/// Bounds that keep memory finite on hostile input. No news article is anywhere near these sizes;
/// a file over them is a dump, a log or a decompression bomb, reported rather than read.
/// </summary>
internal static class InputLimits
{
    /// <summary>Largest single article (a text or HTML file, decompressed, or one JSON line), in bytes.</summary>
    public const int MaxArticleBytes = 32 * 1024 * 1024;
}
