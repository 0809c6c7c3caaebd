using System.Collections.Concurrent;

namespace Dossier.Articles;

/// <summary>
/// One news article travelling through the pipeline. Steps add layers; every layer points into
/// <see cref="Text"/> by <see cref="TextSpan"/>, so <see cref="Text"/> is fixed once cleaning has set it.
/// </summary>
public sealed class Article
{
    private readonly ConcurrentDictionary<Type, object> _layers = new();
    private string? _text;

    public Article(ArticleSource source) => Source = source;

    public ArticleSource Source { get; }

    /// <summary>The cleaned body text. Set exactly once, by the cleaning step.</summary>
    public string Text
    {
        get => _text ?? throw new InvalidOperationException($"{Source.Location}: the text is read before cleaning set it.");
        set
        {
            if (_text is not null)
            {
                throw new InvalidOperationException($"{Source.Location}: the text was already set; layers point into it.");
            }

            _text = value;
        }
    }

    public bool HasText => _text is not null;


    public string Slice(TextSpan span) => span.Of(Text);

    /// <summary>Stores the layer a step produced. A layer is written once.</summary>
    public void Set<TLayer>(TLayer layer)
        where TLayer : class
    {
        if (!_layers.TryAdd(typeof(TLayer), layer))
        {
            throw new InvalidOperationException($"{Source.Location}: layer {typeof(TLayer).Name} was produced twice.");
        }
    }

    public TLayer Get<TLayer>()
        where TLayer : class =>
        TryGet<TLayer>() ?? throw new InvalidOperationException(
            $"{Source.Location}: layer {typeof(TLayer).Name} is missing; the pipeline should have checked this.");

    public TLayer? TryGet<TLayer>()
        where TLayer : class =>
        _layers.TryGetValue(typeof(TLayer), out var layer) ? (TLayer)layer : null;
}
