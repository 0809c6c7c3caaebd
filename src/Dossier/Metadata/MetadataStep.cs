using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;

namespace Dossier.Metadata;

/// <summary>
/// Title and publication date of the article: what the source states (JSON Lines fields), else
/// what an HTML page says of itself (meta tags, JSON-LD, &lt;time&gt;), else the text's dateline;
/// a plain-text article's title is its headline, the short first paragraph cleaning keeps.
/// </summary>
public sealed class MetadataStep : Step<ArticleMetadata>
{
    public override string Name => "metadata";

    public override IReadOnlyList<Type> Requires => [typeof(Paragraphs)];

    protected override ArticleMetadata Produce(Article article)
    {
        var hints = article.Source.Hints;
        var page = article.Get<Paragraphs>().Page;
        var published = PublishedDate.TryParseIso(hints.Published) ?? PublishedDate.TryParseIso(page?.Published) ?? Dateline.Find(article.Source.Raw);
        return new ArticleMetadata(hints.Title ?? page?.Title ?? Headline(article), published);
    }

    /// <summary>A headline runs to a couple of dozen words; a longer first paragraph is the story's lead.</summary>
    private const int HeadlineWords = 30;

    private static string? Headline(Article article)
    {
        var spans = article.Get<Paragraphs>().Spans;
        if (article.Source.Format != RawFormat.PlainText || spans.Count < 2)
        {
            return null;
        }

        var first = spans[0].Of(article.Text).Trim();
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= HeadlineWords && !first.Contains('\n') ? first : null;
    }
}
