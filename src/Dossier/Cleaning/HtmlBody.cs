using AngleSharp.Html.Parser;

namespace Dossier.Cleaning;

/// <summary>
/// The article of an HTML page: what the page declares about itself, then its main content as
/// paragraphs — chrome removed (<see cref="PageChrome"/>), the densest block chosen
/// (<see cref="MainContent"/>), its text read block by block (<see cref="BlockText"/>) and the
/// chrome lines left inside it dropped (<see cref="ChromeLines"/>).
/// </summary>
internal static class HtmlBody
{
    private static readonly HtmlParser Parser = new();

    public static (List<string> Paragraphs, PageFacts Page) Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var page = PageFactsReader.Read(document);
        if (document.Body is not { } body)
        {
            return ([], page);
        }

        PageChrome.Remove(document);
        var main = MainContent.Select(body, TextStats.Measure(body));
        return (ChromeLines.Keep(BlockText.Paragraphs(main), shortLinesAreChrome: false), page);
    }
}
