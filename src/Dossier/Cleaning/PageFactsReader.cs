using System.Text.Json;
using AngleSharp.Dom;

namespace Dossier.Cleaning;

/// <summary>
/// Reads what a page declares about itself, before chrome is removed (the headline often sits in the
/// page header). Values are kept as written; the metadata and language steps interpret them.
/// </summary>
internal static class PageFactsReader
{
    // Where publishers put the publication date, most specific first: Open Graph / schema.org,
    // then the names Dublin Core, Parse.ly, Sailthru and older CMSs use.
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "date",
    ];

    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    public static PageFacts Read(IDocument document)
    {
        var meta = MetaContents(document);
        return new PageFacts(
            Title(document, meta),
            Published(document, meta),
            NonEmpty(document.DocumentElement?.GetAttribute("lang")) ?? meta.GetValueOrDefault("content-language"),
            NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? meta.GetValueOrDefault("og:url"));
    }

    private static string? Title(IDocument document, Dictionary<string, string> meta) =>
        meta.GetValueOrDefault("og:title")
        ?? meta.GetValueOrDefault("twitter:title")
        ?? NonEmpty(Whitespace.Normalize(document.QuerySelector("h1")?.TextContent ?? string.Empty))
        ?? NonEmpty(Whitespace.Normalize(document.Title ?? string.Empty));

    private static string? Published(IDocument document, Dictionary<string, string> meta) =>
        PublishedMetaNames.Select(meta.GetValueOrDefault).FirstOrDefault(value => value is not null)
        ?? JsonLdDatePublished(document)
        ?? NonEmpty(document.QuerySelector("[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]")?.GetAttribute("datetime"));

    /// <summary>Each &lt;meta&gt; content by its property, name, itemprop or http-equiv, lower case; the first one wins.</summary>
    private static Dictionary<string, string> MetaContents(IDocument document)
    {
        var contents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (NonEmpty(meta.GetAttribute("content")) is not { } content)
            {
                continue;
            }

            foreach (var attribute in MetaKeyAttributes)
            {
                if (NonEmpty(meta.GetAttribute(attribute)) is { } key)
                {
                    contents.TryAdd(key, content);
                }
            }
        }

        return contents;
    }

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, "datePublished") is { } value)
                {
                    return value;
                }
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD often enough; the other sources may still say.
            }
        }

        return null;
    }

    /// <summary>The first string property named <paramref name="name"/>, searched breadth-first (a @graph holds several objects).</summary>
    private static string? Find(JsonElement root, string name)
    {
        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return NonEmpty(property.Value.GetString());
                    }

                    queue.Enqueue(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue(item);
                }
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
