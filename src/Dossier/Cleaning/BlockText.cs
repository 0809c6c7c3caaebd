using System.Text;
using AngleSharp.Dom;

namespace Dossier.Cleaning;

/// <summary>
/// The text of a page's blocks as paragraphs, in document order: a paragraph ends at every block
/// boundary and at &lt;br&gt;. Only text nodes are read, so markup, attributes and event handlers
/// never reach the output. Paragraphs that are mostly link text (menus of headlines) are dropped.
/// Iterative, for pages nested deeper than the stack.
/// </summary>
internal static class BlockText
{
    private const double MaxLinkShare = 0.5;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static bool IsBlock(string localName) => Blocks.Contains(localName);

    public static List<string> Paragraphs(IEnumerable<IElement> roots)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var linkChars = 0;
        var stack = new Stack<(INode Node, bool Leaving, bool InLink)>();
        foreach (var root in roots)
        {
            stack.Push((root, false, false));
            while (stack.Count > 0)
            {
                var (node, leaving, inLink) = stack.Pop();
                if (node is IText text)
                {
                    current.Append(text.Data);
                    linkChars += inLink ? text.Data.Length : 0;
                    continue;
                }

                if (node is not IElement element || element.LocalName == "h1")
                {
                    // The headline is metadata, read separately; the body starts below it.
                    continue;
                }

                if (element.LocalName == "br" || IsBlock(element.LocalName))
                {
                    Flush();
                }

                if (!leaving)
                {
                    stack.Push((element, true, inLink));
                    var childInLink = inLink || element.LocalName == "a";
                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false, childInLink));
                    }
                }
            }

            Flush();
        }

        return paragraphs;

        void Flush()
        {
            var paragraph = Whitespace.Normalize(current.ToString());
            if (paragraph.Length > 0 && linkChars <= MaxLinkShare * current.Length)
            {
                paragraphs.Add(paragraph);
            }

            current.Clear();
            linkChars = 0;
        }
    }
}
