using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;

namespace Dossier.Metadata;

/// <summary>Title and publication date of the article.</summary>
public sealed class MetadataStep : Step<ArticleMetadata>
{
    public override string Name => "metadata";

    public override IReadOnlyList<Type> Requires => [typeof(Paragraphs)];

    protected override ArticleMetadata Produce(Article article)
    {
        var hints = article.Source.Hints;
        var published = PublishedDate.TryParseIso(hints.Published) ?? Dateline.Find(article.Source.Raw);
        return new ArticleMetadata(hints.Title, published);
    }
}
