using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;

namespace Dossier.Metadata;

/// <summary>
/// Title and publication date of the article: what the source states (JSON Lines fields), else
/// what an HTML page says of itself (meta tags, JSON-LD, &lt;time&gt;), else the text's dateline.
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
        return new ArticleMetadata(hints.Title ?? page?.Title, published);
    }
}
