using Dossier.Cleaning;

namespace Dossier.Tests.Cleaning;

/// <summary>Which short line at the top of a scraped page is the headline.</summary>
public sealed class HeadlineTests
{
    private static List<string> Clean(params string[] lines) => TextBody.Paragraphs(string.Join('\n', lines));

    [Fact]
    public void HeadlineUnderAnUpdateStampIsKept()
    {
        var paragraphs = Clean(
            "Mis à jour samedi 14 octobre 2023 – 15h53",
            "Séoul s'inquiète des livraisons d'obus à la Russie",
            "La Corée du Sud a accusé samedi la Corée du Nord d'avoir livré des obus d'artillerie à la Russie.");
        Assert.Equal("Séoul s'inquiète des livraisons d'obus à la Russie", paragraphs[0]);
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void ShortLineAfterABylineIsNotAHeadline()
    {
        var paragraphs = Clean(
            "Publié par : Jeanne Martin",
            "Washington DC, États-Unis (USA)",
            "La Maison Blanche a affirmé mercredi disposer de nouveaux renseignements sur ces échanges.");
        Assert.Equal(["La Maison Blanche a affirmé mercredi disposer de nouveaux renseignements sur ces échanges."], paragraphs);
    }
}
