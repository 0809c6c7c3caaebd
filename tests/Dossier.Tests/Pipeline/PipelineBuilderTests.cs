using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Pipeline;
using Dossier.Tokens;

namespace Dossier.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Building_refuses_a_step_whose_layer_is_not_produced_earlier()
    {
        var builder = new PipelineBuilder().Add(new TokenStep());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains(nameof(Paragraphs), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_standard_pipeline_gives_every_token_a_span_inside_the_text()
    {
        var article = StandardPipeline.Create().Process(ArticleSource.PlainText("a.txt", "Le 9 novembre, John Kirby a parlé.\n\nKim Jong-un répond : « non »."));

        var tokens = article.Get<TokenLayer>();
        Assert.All(tokens.Tokens, t => Assert.InRange(t.Span.End, 1, article.Text.Length));
        Assert.Equal(2, tokens.Sentences.Count);
        Assert.Contains(tokens.Tokens, t => article.Slice(t.Span) == "Jong-un");
    }
}
