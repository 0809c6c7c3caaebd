namespace Dossier.Reading;

/// <summary>
/// Estimates how deeply a page's elements nest, from its tags alone, before it is parsed: the HTML
/// parser checks scopes by walking the stack of open elements, so a page nested 100 000 levels
/// deep takes minutes, and no real page needs more than a few hundred levels.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>Deeper than this, the input is refused as not a page anyone wrote by hand or by CMS.</summary>
    public const int Max = 5_000;

    // Elements that never hold others, or that the parser closes by itself when the next one opens
    // (pages routinely leave thousands of <p> and <li> unclosed).
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
    };

    public static bool Exceeds(string html, int max = Max)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '!'))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || tagEnd < 0)
            {
                i++;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart).ToString();
            var selfClosing = html[tagEnd - 1] == '/';
            if (!NotNesting.Contains(name) && !selfClosing)
            {
                depth = Math.Max(0, depth + (closing ? -1 : 1));
                if (depth > max)
                {
                    return true;
                }
            }

            i = tagEnd + 1;
        }

        return false;
    }
}
