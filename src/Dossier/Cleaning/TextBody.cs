namespace Dossier.Cleaning;

/// <summary>The body paragraphs of plain text: one per non-blank line, whitespace normalized.</summary>
internal static class TextBody
{
    public static List<string> Paragraphs(string raw) =>
        raw.Split('\n')
            .Select(Whitespace.Normalize)
            .Where(line => line.Length > 0)
            .ToList();
}
