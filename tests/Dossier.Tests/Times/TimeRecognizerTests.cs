using Dossier.Articles;
using Dossier.Times;
using NodaTime;

namespace Dossier.Tests.Times;

public sealed class TimeRecognizerTests
{
    private static readonly PartialDateTime Saturday = PartialDateTime.OfDay(new LocalDate(2024, 3, 16));

    private static TimeExpression Only(string text, string language, PartialDateTime? published, string phrase)
    {
        var times = TimeRecognizer.Recognize(text, language, published);
        return Assert.Single(times, t => t.Span.Of(text).Contains(phrase, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Le ministre est arrivé mardi à Berlin.", "mardi", "2024-03-12")]
    [InlineData("Le convoi est parti hier.", "hier", "2024-03-15")]
    [InlineData("Les pourparlers ont repris le 3 février.", "3 février", "2024-02-03")]
    [InlineData("Le traité date du 9 novembre 1989.", "9 novembre 1989", "1989-11-09")]
    [InlineData("Une réunion s'est tenue en décembre.", "décembre", "2023-12")]
    [InlineData("Les ventes ont baissé l'année dernière.", "année dernière", "2023")]
    [InlineData("Le rapport est paru le 14/10/2023.", "14/10/2023", "2023-10-14")]
    [InlineData("Les tirs ont cessé samedi dernier.", "samedi dernier", "2024-03-09")]
    public void French_dates_resolve_against_the_publication_day(string text, string phrase, string value)
    {
        var time = Only(text, "fr", Saturday, phrase);

        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("Talks resumed on Tuesday.", "Tuesday", "2024-03-12")]
    [InlineData("The deal was signed on October 9, 2023.", "October 9, 2023", "2023-10-09")]
    [InlineData("Prices rose earlier this year.", "earlier this year", "2024")]
    [InlineData("The base was hit two weeks ago.", "two weeks ago", "2024-W09")]
    public void English_dates_resolve_against_the_publication_day(string text, string phrase, string value)
    {
        var time = Only(text, "en", Saturday, phrase);

        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("Le siège a duré dix-huit mois.", "dix-huit mois", "P18M")]
    [InlineData("L'attente a duré quelques heures.", "quelques heures", "PTXH")]
    [InlineData("Les livraisons ont augmenté ces dernières semaines.", "dernières semaines", "PXW")]
    [InlineData("Les stocks ont fondu durant les trois derniers mois.", "trois derniers mois", "P3M")]
    public void Durations_carry_their_count_and_unit(string text, string phrase, string value)
    {
        var time = Only(text, "fr", Saturday, phrase);

        Assert.Equal((TimexType.DURATION, value), (time.Type, time.Value));
    }

    [Fact]
    public void A_frequency_is_a_set()
    {
        var time = Only("L'usine produit trois cents drones par jour.", "fr", Saturday, "par jour");

        Assert.Equal((TimexType.SET, "P1D"), (time.Type, time.Value));
    }

    [Fact]
    public void A_time_of_day_takes_the_day_the_narrative_named()
    {
        var time = Only("Hier, la sirène a retenti vers 21 h 45.", "fr", Saturday, "21 h 45");

        Assert.Equal("2024-03-15T21:45", time.Value);
    }

    [Fact]
    public void Without_a_publication_date_the_year_is_not_guessed()
    {
        var time = Only("Le sommet aura lieu le 1er juin.", "fr", null, "1er juin");

        Assert.Equal("XXXX-06-01", time.Value);
    }

    [Fact]
    public void A_month_only_anchor_leaves_the_day_of_a_weekday_unknown()
    {
        var time = Only("La délégation est repartie jeudi.", "fr", PartialDateTime.OfMonth(2024, 3), "jeudi");

        Assert.Equal("2024-03-XX", time.Value);
    }

    [Fact]
    public void A_past_participle_ete_is_not_summer()
    {
        var times = TimeRecognizer.Recognize("Le pont a été détruit.", "fr", Saturday);

        Assert.Empty(times);
    }

    [Theory]
    [InlineData("Jean Dupont, 54 ans, a été arrêté.")]
    [InlineData("Le suspect (22 ans) a été relâché.")]
    public void AgesBesideANameAreNotDurations(string text) =>
        Assert.DoesNotContain(TimeRecognizer.Recognize(text, "fr", Saturday), t => t.Type == TimexType.DURATION);

    [Fact]
    public void AWarOfTwentyYearsIsADuration() =>
        Assert.Equal("P20Y", Only("Une guerre de 20 ans a ravagé le pays.", "fr", Saturday, "20 ans").Value);
}
