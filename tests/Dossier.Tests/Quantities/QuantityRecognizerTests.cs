using Dossier.Articles;
using Dossier.Quantities;
using Dossier.Times;
using NodaTime;

namespace Dossier.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    private static readonly PartialDateTime Published = PartialDateTime.OfDay(new LocalDate(2023, 10, 14));

    private static List<(string Text, double Value, Approximation Approx, double? Max, string? Unit, string? Per)> Read(string text, string language = "fr")
    {
        var dates = TimeRecognizer.Recognize(text, language, Published).Where(t => t.Type != TimexType.DURATION).Select(t => t.Span).ToList();
        return QuantityRecognizer.For(language).Recognize(text, dates, [new TextSpan(0, text.Length)])
            .Select(q => (q.Span.Of(text), q.Value, q.Approx, q.ValueMax, q.Unit, q.Per))
            .ToList();
    }

    [Theory]
    [InlineData("Pyongyang a envoyé plus de 1 000 conteneurs.", "plus de 1 000 conteneurs", 1000, Approximation.Over, "container")]
    [InlineData("Pyongyang a envoyé plus de 1\u00A0000 conteneurs.", "plus de 1\u00A0000 conteneurs", 1000, Approximation.Over, "container")]
    [InlineData("On compte environ 6 700 conteneurs.", "environ 6 700 conteneurs", 6700, Approximation.About, "container")]
    [InlineData("La Russie a reçu plus d'un million d'obus.", "plus d'un million d'obus", 1000000, Approximation.Over, "artillery shell")]
    [InlineData("Elle produit 2,5 millions de projectiles.", "2,5 millions de projectiles", 2500000, Approximation.Exact, "projectile")]
    [InlineData("Le dépôt est à environ 290 kilomètres de la frontière.", "environ 290 kilomètres", 290, Approximation.About, "km")]
    [InlineData("Une vingtaine de missiles ont été tirés.", "vingtaine de missiles", 20, Approximation.About, "missile")]
    [InlineData("Des centaines d'obus sont arrivés.", "centaines d'obus", 100, Approximation.Over, "artillery shell")]
    [InlineData("Les prix ont augmenté de 4 %.", "4 %", 4, Approximation.Exact, "percent")]
    [InlineData("Au moins un bombardier a survolé la zone.", "Au moins un bombardier", 1, Approximation.AtLeast, "bomber")]
    [InlineData("Ils ont livré jusqu'à 300 drones.", "jusqu'à 300 drones", 300, Approximation.UpTo, "drone")]
    [InlineData("Le contrat vaut 5 M€.", "5 M€", 5000000, Approximation.Exact, "euro")]
    public void FrenchAmountWithBoundAndUnit(string text, string span, double value, Approximation approx, string unit)
    {
        var quantity = Assert.Single(Read(text, "fr"));
        Assert.Equal((span, value, approx, unit), (quantity.Text, quantity.Value, quantity.Approx, quantity.Unit));
    }

    [Theory]
    [InlineData("North Korea shipped about 6,700 containers.", "about 6,700 containers", 6700, Approximation.About, "container")]
    [InlineData("Russia fired more than 2.5 million shells.", "more than 2.5 million shells", 2500000, Approximation.Over, "artillery shell")]
    [InlineData("Dozens of drones hit the city.", "Dozens of drones", 12, Approximation.Over, "drone")]
    [InlineData("The aid is worth $1.5 billion.", "$1.5 billion", 1500000000, Approximation.Exact, "dollar")]
    [InlineData("The aid could reach up to €5 million.", "up to €5 million", 5000000, Approximation.UpTo, "euro")]
    public void EnglishAmountWithBoundAndUnit(string text, string span, double value, Approximation approx, string unit)
    {
        var quantity = Assert.Single(Read(text, "en"));
        Assert.Equal((span, value, approx, unit), (quantity.Text, quantity.Value, quantity.Approx, quantity.Unit));
    }

    [Fact]
    public void RangeKeepsBothBounds()
    {
        var quantity = Assert.Single(Read("La Corée du Nord aurait fourni de 300 000 à 500 000 obus."));
        Assert.Equal((300000d, (double?)500000, Approximation.Range, "artillery shell"), (quantity.Value, quantity.Max, quantity.Approx, quantity.Unit));
    }

    [Fact]
    public void RangeBetweenTwoSpelledFigures()
    {
        var quantity = Assert.Single(Read("Entre trois et cinq navires ont accosté."));
        Assert.Equal((3d, (double?)5, Approximation.Range), (quantity.Value, quantity.Max, quantity.Approx));
    }

    [Fact]
    public void RateIsKeptApart()
    {
        var quantity = Assert.Single(Read("Les forces russes tirent environ 60 000 coups de feu par jour."));
        Assert.Equal((60000d, "round", "day"), (quantity.Value, quantity.Unit, quantity.Per));
    }

    [Fact]
    public void UnitNamedBeforeTheFigure()
    {
        var quantity = Assert.Single(Read("La Russie a augmenté sa production de projectiles, probablement à 2,5 millions."));
        Assert.Equal((2500000d, Approximation.About, "projectile"), (quantity.Value, quantity.Approx, quantity.Unit));
    }

    [Theory]
    [InlineData("Le 35e régiment est arrivé le 1er septembre 2023.")]
    [InlineData("Il a été élu en 2022 et réélu en 2023.")]
    [InlineData("Un soldat a raconté la scène à un journaliste.")]
    [InlineData("Le chasseur Su-35 a été vu le 9 novembre.")]
    [InlineData("Mis à jour à 15h53, date 2023-10.")]
    public void OrdinalsDatesYearsAndArticlesAreNotAmounts(string text) => Assert.Empty(Read(text));

    [Fact]
    public void MeasureTakesOneAsACount()
    {
        var quantity = Assert.Single(Read("Un jour après le sommet, la Russie a parlé."));
        Assert.Equal((1d, "day"), (quantity.Value, quantity.Unit));
    }

    [Fact]
    public void DurationIsAnAmountToo()
    {
        var quantity = Assert.Single(Read("Sa guerre de 20 mois en Ukraine dure encore."));
        Assert.Equal((20d, "month"), (quantity.Value, quantity.Unit));
    }
}
