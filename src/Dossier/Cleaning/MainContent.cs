using AngleSharp.Dom;

namespace Dossier.Cleaning;

/// <summary>
/// Picks the elements that hold the article on a page already stripped of chrome, by text density
/// in the manner of Readability: every paragraph scores its parent and grandparents by its length and
/// commas, link-heavy blocks are discounted, and siblings of the best block that read as prose join it
/// (pages split the body around pictures and inline teasers).
/// </summary>
internal static class MainContent
{
    private const int MinParagraphChars = 25;

    // How much of a paragraph's score reaches its parent, grandparent and great-grandparent.
    private static readonly double[] AncestorShares = [1, 0.5, 1.0 / 6];

    private static readonly string[] ContentNameParts = ["article", "body", "content", "story", "entry", "main", "post", "text", "prose"];

    public static IReadOnlyList<IElement> Select(IElement body, TextStats stats)
    {
        var scores = Score(body, stats);
        if (scores.Count == 0)
        {
            return [body];
        }

        var top = scores.MaxBy(pair => pair.Value);
        var parent = top.Key.ParentElement;
        if (parent is null || top.Key == body)
        {
            return [top.Key];
        }

        // Siblings that scored well, or read as prose themselves, are the rest of the body.
        var threshold = Math.Max(10, top.Value * 0.2);
        var chosen = parent.Children
            .Where(sibling => sibling == top.Key
                || scores.GetValueOrDefault(sibling) >= threshold
                || ReadsAsProse(sibling, stats))
            .ToList();
        chosen.AddRange(Continuations(top.Key, scores, threshold, chosen));
        var inDocumentOrder = chosen.ToHashSet();
        return body.Descendants<IElement>().Where(inDocumentOrder.Contains).ToList();
    }

    /// <summary>
    /// Blocks elsewhere on the page made by the same template as the best one (same tag and class):
    /// magazines cut the body into sections around pull quotes and full-width figures, each
    /// section its own "post__content" under its own wrapper.
    /// </summary>
    private static List<IElement> Continuations(IElement top, Dictionary<IElement, double> scores, double threshold, List<IElement> chosen) =>
        string.IsNullOrWhiteSpace(top.ClassName)
            ? []
            : scores
                .Where(pair => pair.Value >= threshold && pair.Key.LocalName == top.LocalName && pair.Key.ClassName == top.ClassName)
                .Select(pair => pair.Key)
                .Where(candidate => !chosen.Any(block => block.Contains(candidate) || candidate.Contains(block)))
                .ToList();

    private static Dictionary<IElement, double> Score(IElement body, TextStats stats)
    {
        var raw = new Dictionary<IElement, double>();
        foreach (var element in body.Descendants<IElement>())
        {
            var text = ParagraphText(element, stats);
            if (text.Chars < MinParagraphChars)
            {
                continue;
            }

            var score = 1 + text.Commas + Math.Min(text.Chars / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; level < AncestorShares.Length && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                raw[ancestor] = raw.GetValueOrDefault(ancestor, TagPrior(ancestor)) + (score * AncestorShares[level]);
                if (ancestor == body)
                {
                    // Above the body is <html>, whose <head> holds no article text.
                    break;
                }
            }
        }

        return raw.ToDictionary(pair => pair.Key, pair => pair.Value * NameWeight(pair.Key) * (1 - stats.Of(pair.Key).LinkDensity));
    }

    /// <summary>
    /// The paragraph text an element holds itself: all of a &lt;p&gt; or &lt;pre&gt;; for a container, the
    /// text outside its child blocks (&lt;div&gt;text&lt;br&gt;text&lt;div class="ad"&gt;…&lt;/div&gt;text&lt;/div&gt;).
    /// </summary>
    private static ElementText ParagraphText(IElement element, TextStats stats)
    {
        if (element.LocalName is "p" or "pre")
        {
            return stats.Of(element);
        }

        if (element.LocalName is not ("div" or "section" or "article" or "main" or "td" or "blockquote"))
        {
            return default;
        }

        var own = default(ElementText);
        foreach (var child in element.ChildNodes)
        {
            own += child switch
            {
                IText text => TextStats.Count(text),
                IElement inline when !BlockText.IsBlock(inline.LocalName) => stats.Of(inline),
                _ => default,
            };
        }

        return own;
    }

    private static bool ReadsAsProse(IElement element, TextStats stats)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        var text = stats.Of(element);
        return (text.Chars > 80 && text.LinkDensity < 0.25)
            || (text.Chars > 0 && text.LinkDensity == 0 && element.TextContent.TrimEnd().EndsWith('.'));
    }

    // Readability's priors: containers of prose versus lists, forms and headings.
    private static double TagPrior(IElement element) => element.LocalName switch
    {
        "article" or "main" => 10,
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    // Readability adds ±25 for a class or id naming content or chrome; as a factor instead, a name
    // cannot lift a block holding a byline ("content-wrapper title") over the one holding the prose.
    private static double NameWeight(IElement element)
    {
        var name = $"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}";
        if (PageChrome.NamesChrome(name))
        {
            return 0.75;
        }

        return ContentNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase)) ? 1.25 : 1;
    }
}
