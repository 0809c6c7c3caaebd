using Dossier.Articles;
using Dossier.Claims;
using Dossier.Cleaning;
using Dossier.Knowledge;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Pipeline;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Tests.Claims;

/// <summary>The status of the claim around one word of a sentence, read by the real steps up to quotes.</summary>
public sealed class ClaimStatusClassifierTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder()
        .Add(new CleaningStep()).Add(new MetadataStep()).Add(new LanguageStep()).Add(new TokenStep())
        .Add(new Dossier.Entities.EntityStep(KnowledgeBase.Default)).Add(new TimeStep()).Add(new QuoteStep())
        .Build();

    private static ClaimStatus StatusOf(string text, string focus)
    {
        var article = Pipeline.Process(ArticleSource.PlainText("test.txt", text));
        var at = article.Text.IndexOf(focus, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{focus}' is not in the cleaned text");
        return ClaimStatusClassifier.Classify(article, new TextSpan(at, at + focus.Length));
    }

    [Theory]
    [InlineData("La Corée du Nord a livré des obus à la Russie en septembre.", "livré", ClaimStatus.Asserted)]
    [InlineData("La Corée du Nord aurait livré des obus à la Russie en septembre.", "livré", ClaimStatus.Alleged)]
    [InlineData("Les États-Unis craignent que Kim puisse fournir des armes à la Russie.", "fournir", ClaimStatus.Hypothetical)]
    [InlineData("Si la Corée du Nord livre ces obus, la guerre durera.", "livre", ClaimStatus.Hypothetical)]
    [InlineData("Pyongyang et Moscou ont nié toute livraison d'armes.", "livraison", ClaimStatus.Denied)]
    [InlineData("La Russie cherche à obtenir des obus auprès de Pyongyang.", "obtenir", ClaimStatus.Sought)]
    [InlineData("Moscou prévoit de livrer des avions de combat à Pyongyang.", "livrer", ClaimStatus.Planned)]
    [InlineData("North Korea allegedly shipped shells to Russia last month.", "shipped", ClaimStatus.Alleged)]
    [InlineData("Russia could deliver fighter jets to Pyongyang next year.", "deliver", ClaimStatus.Hypothetical)]
    [InlineData("Moscow denied that any weapons were delivered.", "delivered", ClaimStatus.Denied)]
    [InlineData("Russia is seeking more artillery shells from Pyongyang.", "shells", ClaimStatus.Sought)]
    public void CuesOfTheClauseSetTheStatus(string text, string focus, ClaimStatus expected) =>
        Assert.Equal(expected, StatusOf(text, focus));

    [Fact]
    public void HypothesisStaysInItsOwnClause()
    {
        const string text = "Si la Corée du Nord maintient ce rythme, elle deviendra le premier fournisseur de la Russie.";
        Assert.Equal(ClaimStatus.Hypothetical, StatusOf(text, "maintient"));
        Assert.Equal(ClaimStatus.Asserted, StatusOf(text, "fournisseur"));
    }

    [Fact]
    public void WordsReportedBySomeoneElseAreReported()
    {
        Assert.Equal(ClaimStatus.Reported, StatusOf("John Kirby a déclaré que la Corée du Nord avait envoyé des conteneurs à la Russie.", "envoyé"));
        Assert.Equal(ClaimStatus.Reported, StatusOf("La Corée du Nord a envoyé des conteneurs à la Russie, selon la Maison Blanche.", "envoyé"));
    }

    [Fact]
    public void AccusingVerbMakesTheClaimAlleged() =>
        Assert.Equal(ClaimStatus.Alleged, StatusOf("Les États-Unis ont accusé la Corée du Nord de fournir des missiles au groupe Wagner.", "fournir"));

    [Fact]
    public void ActorSpeakingOfItselfAsserts()
    {
        var article = Pipeline.Process(ArticleSource.PlainText("test.txt", "La Russie a déclaré qu'elle livrerait des vivres à la Corée du Nord."));
        var at = article.Text.IndexOf("livrerait", StringComparison.Ordinal);
        var focus = new TextSpan(at, at + "livrerait".Length);
        Assert.Equal(ClaimStatus.Reported, ClaimStatusClassifier.Classify(article, focus));
        Assert.Equal(ClaimStatus.Asserted, ClaimStatusClassifier.Classify(article, focus, speaker => speaker.Id.Value == "RUS"));
    }
}
