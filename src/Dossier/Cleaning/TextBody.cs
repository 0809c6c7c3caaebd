namespace Dossier.Cleaning;

/// <summary>
/// The body paragraphs of plain text scraped from a site: one per non-blank line, whitespace
/// normalized, site chrome dropped (<see cref="ChromeLines"/>). The headline is kept: the first
/// line, once its "date 2023-10" stamp is cut.
/// </summary>
internal static class TextBody
{
    public static List<string> Paragraphs(string raw) =>
        ChromeLines.Keep(raw.Split('\n').Select(Whitespace.Normalize), shortLinesAreChrome: true);
}
