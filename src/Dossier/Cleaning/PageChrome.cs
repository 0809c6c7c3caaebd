using System.Collections.Concurrent;
using AngleSharp.Dom;

namespace Dossier.Cleaning;

/// <summary>
/// Removes what is never article text from a parsed page: code and embedded objects, forms, site
/// navigation, and blocks whose tag, ARIA role or class/id name them as chrome (share buttons,
/// cookie banners, "related" lists, comments, newsletters).
/// </summary>
internal static class PageChrome
{
    private static readonly HashSet<string> AlwaysGone = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
        "audio", "map", "button", "input", "select", "textarea", "label", "nav", "aside", "footer",
        "dialog", "menu", "figcaption", "link", "meta", "head",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    // Words sites use in class and id names for chrome, matched as whole parts of the name
    // ("share-buttons", "RelatedArticles", "js-cookie-banner"); a part counts if it starts with one
    // of these and the word is five letters or more ("comments", "newsletters", "cookies"; not
    // "moreover" for "more").
    private static readonly string[] ChromeNameParts =
    [
        "related", "share", "sharing", "social", "cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription",
        "comment", "disqus", "advert", "ads", "ad", "adslot", "advertisement", "sponsor", "promo", "outbrain", "taboola",
        "sidebar", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "masthead", "banner", "popup",
        "modal", "overlay", "paywall", "recommend", "recommended", "trending", "popular", "most", "readmore", "more",
        "tags", "tag", "byline", "author", "timestamp", "dateline", "caption", "credit", "widget", "toolbar", "skip",
        "hidden", "sr", "visually", "login", "signup", "signin", "donate", "donation", "teaser", "upsell",
    ];

    // Bounds the cache of class-name verdicts: generated names ("css-1x2y3z") never repeat.
    private const int MaxCachedNames = 50_000;

    private static readonly ConcurrentDictionary<string, bool> Verdicts = new(StringComparer.Ordinal);

    // A block named as chrome that holds this share of the page's paragraph text is the article
    // itself under a misleading name ("story-body paywall", "post comments-open").
    private const double ArticleShare = 0.5;

    public static void Remove(IDocument document)
    {
        foreach (var comment in document.Descendants<IComment>().ToList())
        {
            comment.RemoveFromParent();
        }

        var body = document.Body;
        if (body is null)
        {
            return;
        }

        // Chrome by structure first, so that the share guarding named blocks is a share of what is left.
        RemoveWhere(body, IsChrome);
        var stats = TextStats.Measure(body);
        var total = stats.Of(body).ParagraphChars;
        RemoveWhere(body, element => NamesChrome(element) && !IsArticleElement(element) && stats.Of(element).ParagraphChars <= ArticleShare * total);
    }

    private static void RemoveWhere(IElement root, Func<IElement, bool> isChrome)
    {
        foreach (var element in root.Descendants<IElement>().Where(isChrome).ToList())
        {
            // A parent removed first takes its children along; removing a detached child is harmless.
            // A block leaves a line break behind: the text before and after it were separate paragraphs.
            if (BlockText.IsBlock(element.LocalName) && element.ParentElement is not null)
            {
                element.Replace(element.Owner!.CreateElement("br"));
            }
            else
            {
                element.Remove();
            }
        }
    }

    // WordPress and others name the article element by its taxonomy ("post tag-review category-news"):
    // the semantic element says more than its classes.
    private static bool IsArticleElement(IElement element) =>
        element.LocalName is "article" or "main" || element.GetAttribute("itemprop") == "articleBody";

    private static bool IsChrome(IElement element)
    {
        if (AlwaysGone.Contains(element.LocalName)
            || element.HasAttribute("hidden")
            || element.GetAttribute("aria-hidden") == "true"
            || ChromeRoles.Contains(element.GetAttribute("role") ?? string.Empty)
            || IsHiddenByStyle(element.GetAttribute("style")))
        {
            return true;
        }

        // <header> inside an article holds its headline and byline; the page's own header is chrome.
        return element.LocalName == "header" && element.Closest("article") is null;
    }

    // A <form> is a search box or a newsletter sign-up, unless the whole page is one (ASP.NET sites
    // wrap everything in <form runat="server">): it goes like a block named as chrome.
    private static bool NamesChrome(IElement element) =>
        element.LocalName == "form" || NamesChrome(element.ClassName) || NamesChrome(element.Id);

    private static bool IsHiddenByStyle(string? style)
    {
        var compact = style?.Replace(" ", "", StringComparison.Ordinal);
        return compact is not null
            && (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a class or id value names chrome. Sites repeat the same few hundred names on every page, hence the cache.</summary>
    internal static bool NamesChrome(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (Verdicts.TryGetValue(name, out var known))
        {
            return known;
        }

        var verdict = SplitNamesChrome(name);
        if (Verdicts.Count < MaxCachedNames)
        {
            Verdicts.TryAdd(name, verdict);
        }

        return verdict;
    }

    private static bool SplitNamesChrome(string name) =>
        NameParts(name).Any(part => ChromeNameParts.Any(cue => part == cue || (cue.Length >= 5 && part.StartsWith(cue, StringComparison.Ordinal))));

    /// <summary>"js-shareButtons related_list" → js, share, buttons, related, list.</summary>
    private static List<string> NameParts(string name)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var camelBreak = char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]);
            if (!char.IsLetterOrDigit(c) || camelBreak)
            {
                Flush();
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
