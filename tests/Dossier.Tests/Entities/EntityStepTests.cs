using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Entities;
using Dossier.Knowledge;
using Dossier.Language;
using Dossier.Pipeline;
using Dossier.Tokens;

namespace Dossier.Tests.Entities;

/// <summary>Entities found by the real step over the embedded knowledge base.</summary>
public sealed class EntityStepTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder()
        .Add(new CleaningStep()).Add(new LanguageStep()).Add(new TokenStep()).Add(new EntityStep(KnowledgeBase.Default))
        .Build();

    private static List<(string Surface, string Id, EntityType Type)> Mentions(string text)
    {
        var article = Pipeline.Process(ArticleSource.PlainText("test.txt", text));
        return article.Get<EntityLayer>().Entities
            .SelectMany(e => e.Mentions.Select(m => (article.Slice(m), e.Id.Value, e.Type)))
            .OrderBy(m => article.Text.IndexOf(m.Item1, StringComparison.Ordinal))
            .ToList();
    }

    [Theory]
    [InlineData("La RPDC a tiré un missile.", "RPDC", "PRK")]
    [InlineData("North Korea fired a missile.", "North Korea", "PRK")]
    [InlineData("Les soldats nord-coréens sont arrivés.", "nord-coréens", "PRK")]
    [InlineData("Moscou a démenti ces informations.", "Moscou", "RUS")]
    [InlineData("Le Kremlin a démenti ces informations.", "Kremlin", "RUS")]
    public void CountryNamesDemonymsAndSeatsOfPower(string text, string surface, string id) =>
        Assert.Contains(Mentions(text), m => m.Surface.Contains(surface, StringComparison.Ordinal) && m.Id == id);

    [Fact]
    public void KnownPeopleUnderTheirVariants()
    {
        var mentions = Mentions("Sergueï Choïgou a rencontré Kim Jong-un. Shoigu est reparti le lendemain.");
        var ids = mentions.Where(m => m.Type == EntityType.PERSON).Select(m => m.Id).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void PortsHaveGeonamesIds()
    {
        var mentions = Mentions("Les conteneurs sont partis de Najin pour le port de Dunay.");
        Assert.Contains(mentions, m => m.Surface == "Najin" && m.Id.StartsWith("geonames:", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Surface == "Dunay" && m.Id.StartsWith("geonames:", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPersonAfterATitleGetsALocalIdAndTheSurnameRefersBack()
    {
        var mentions = Mentions("Le porte-parole Marcel Duvivier a parlé jeudi. Duvivier a ensuite quitté la salle.");
        var people = mentions.Where(m => m.Type == EntityType.PERSON).ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, p => Assert.Equal(people[0].Id, p.Id));
        Assert.StartsWith("local:", people[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void CommonWordsAreNotPlaces()
    {
        var mentions = Mentions("Il a dit que la paix viendra, mais nul ne sait quand.");
        Assert.Empty(mentions);
    }
}
