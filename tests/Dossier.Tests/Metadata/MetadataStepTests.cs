using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Metadata;
using Dossier.Pipeline;

namespace Dossier.Tests.Metadata;

public sealed class MetadataStepTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder().Add(new CleaningStep()).Add(new MetadataStep()).Build();

    private const string Page = """
        <html><head><title>Site | Accueil</title>
        <meta property="og:title" content="Pyongyang reçoit le ministre russe">
        <meta property="article:published_time" content="2023-10-19T17:42:00+02:00"></head>
        <body><article><h1>Pyongyang reçoit le ministre russe</h1>
        <p>Le ministre russe des Affaires étrangères est arrivé jeudi à Pyongyang pour une visite de deux jours, a annoncé l'agence officielle.</p>
        <p>Il doit rencontrer son homologue nord-coréenne et évoquer la coopération entre les deux pays, selon le communiqué publié à Moscou.</p>
        </article></body></html>
        """;

    [Fact]
    public void HtmlPageGivesItsTitleAndDate()
    {
        var metadata = Pipeline.Process(new ArticleSource("page.html", Page, RawFormat.Html, SourceHints.None)).Get<ArticleMetadata>();
        Assert.Equal(("Pyongyang reçoit le ministre russe", "2023-10-19T17:42+02:00"), (metadata.Title, metadata.Published?.ToIso()));
    }

    [Fact]
    public void StatedFieldsWinOverThePage()
    {
        var hints = new SourceHints(null, null, "Titre donné", "2023-10-20", null);
        var metadata = Pipeline.Process(new ArticleSource("page.html", Page, RawFormat.Html, hints)).Get<ArticleMetadata>();
        Assert.Equal(("Titre donné", "2023-10-20"), (metadata.Title, metadata.Published?.ToIso()));
    }

    [Fact]
    public void A_plain_text_article_is_titled_by_its_headline()
    {
        const string text = "Pyongyang reçoit le ministre russe\nPar Une Rédactrice\n\nLe ministre russe des Affaires étrangères est arrivé jeudi à Pyongyang pour une visite de deux jours, a annoncé l'agence officielle.";

        var metadata = Pipeline.Process(ArticleSource.PlainText("a.txt", text)).Get<ArticleMetadata>();

        Assert.Equal("Pyongyang reçoit le ministre russe", metadata.Title);
    }

    [Fact]
    public void A_single_paragraph_has_no_headline()
    {
        const string text = "Le ministre russe des Affaires étrangères est arrivé jeudi à Pyongyang pour une visite de deux jours.";

        Assert.Null(Pipeline.Process(ArticleSource.PlainText("a.txt", text)).Get<ArticleMetadata>().Title);
    }
}
