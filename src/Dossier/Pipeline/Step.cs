using Dossier.Articles;

namespace Dossier.Pipeline;

/// <summary>Base for steps that produce the layer <typeparamref name="TLayer"/>: find first, then write.</summary>
public abstract class Step<TLayer> : IStep
    where TLayer : class
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<Type> Requires => [];

    public Type Produces => typeof(TLayer);

    public void Process(Article article) => article.Set(Produce(article));

    protected abstract TLayer Produce(Article article);
}
