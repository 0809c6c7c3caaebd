using AngleSharp.Dom;

namespace Dossier.Cleaning;

/// <summary>How much text an element holds, and of what kind.</summary>
/// <param name="Chars">Characters of text, white space excluded.</param>
/// <param name="LinkChars">Of those, the characters inside links.</param>
/// <param name="ParagraphChars">Of those, the characters inside &lt;p&gt; and &lt;pre&gt;.</param>
/// <param name="Commas">Commas: prose has them, menus and teaser lists do not.</param>
internal readonly record struct ElementText(int Chars, int LinkChars, int ParagraphChars, int Commas)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public static ElementText operator +(ElementText a, ElementText b) =>
        new(a.Chars + b.Chars, a.LinkChars + b.LinkChars, a.ParagraphChars + b.ParagraphChars, a.Commas + b.Commas);
}

/// <summary>
/// <see cref="ElementText"/> for every element under a root, in one pass. Iterative, not recursive:
/// a page nested 100 000 levels deep must not overflow the stack.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, ElementText> _byElement;

    private TextStats(Dictionary<IElement, ElementText> byElement) => _byElement = byElement;

    public ElementText Of(IElement element) => _byElement.GetValueOrDefault(element);

    public static TextStats Measure(IElement root)
    {
        var totals = new Dictionary<IElement, ElementText>();
        // Post-order: a node is finished when it is popped the second time, after its children.
        var stack = new Stack<(INode Node, bool Finished)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, finished) = stack.Pop();
            if (node is not IElement element)
            {
                if (node is IText text)
                {
                    AddToParent(totals, text.ParentElement, Count(text));
                }

                continue;
            }

            if (!finished)
            {
                stack.Push((element, true));
                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }

                continue;
            }

            var own = totals.GetValueOrDefault(element);
            if (element.LocalName is "a")
            {
                own = own with { LinkChars = own.Chars };
            }
            else if (element.LocalName is "p" or "pre")
            {
                own = own with { ParagraphChars = own.Chars };
            }

            totals[element] = own;
            if (element != root)
            {
                AddToParent(totals, element.ParentElement, own);
            }
        }

        return new TextStats(totals);
    }

    private static void AddToParent(Dictionary<IElement, ElementText> totals, IElement? parent, ElementText text)
    {
        if (parent is not null)
        {
            totals[parent] = totals.GetValueOrDefault(parent) + text;
        }
    }

    public static ElementText Count(IText text)
    {
        var chars = 0;
        var commas = 0;
        foreach (var c in text.Data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                commas += c is ',' or '،' or '，' ? 1 : 0;
            }
        }

        return new ElementText(chars, 0, 0, commas);
    }
}
