using Dossier.Articles;

namespace Dossier.Pipeline;

/// <summary>An ordered, validated list of steps. Immutable and safe to share between threads.</summary>
public sealed class ArticlePipeline
{
    internal ArticlePipeline(IReadOnlyList<IStep> steps) => Steps = steps;

    public IReadOnlyList<IStep> Steps { get; }

    public Article Process(ArticleSource source)
    {
        var article = new Article(source);
        foreach (var step in Steps)
        {
            step.Process(article);
        }

        return article;
    }
}
