using AngleSharp.Html.Parser;

namespace Dossier.Cleaning;

/// <summary>The body paragraphs of an HTML page.</summary>
internal static class HtmlBody
{
    private static readonly HtmlParser Parser = new();

    public static List<string> Paragraphs(string html)
    {
        using var document = Parser.ParseDocument(html);
        return document.QuerySelectorAll("p, h1, h2, h3, li")
            .Select(element => Whitespace.Normalize(element.TextContent))
            .Where(text => text.Length > 0)
            .ToList();
    }
}
