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

    private static readonly PartialDateTime Tuesday = PartialDateTime.OfDay(new LocalDate(2024, 3, 19));

    private static List<(string Text, TimexType Type, string Value)> All(string text, string language, PartialDateTime published) =>
        [.. TimeRecognizer.Recognize(text, language, published).Select(t => (t.Span.Of(text), t.Type, t.Value))];

    [Theory]
    [InlineData("Un chauffeur de bus de 38 ans a été agressé.")]
    [InlineData("Agé de 54 ans, il regagnera son corps d'origine.")]
    [InlineData("Le match a été rude pour les moins de 17 ans.")]
    [InlineData("Les loisirs des 6-16 ans seront développés.")]
    [InlineData("Une Alsacienne de 6 ans se noie.")]
    public void French_ages_are_not_durations(string text) =>
        Assert.DoesNotContain(TimeRecognizer.Recognize(text, "fr", Saturday), t => t.Type == TimexType.DURATION);

    [Fact]
    public void An_English_age_is_not_a_duration() =>
        Assert.Empty(TimeRecognizer.Recognize("The driver, a man 54 years old, was hurt.", "en", Saturday));

    [Fact]
    public void A_sentence_of_six_years_is_a_duration() =>
        Assert.Equal("P6Y", Only("Il a été condamné à une peine de 6 ans de prison.", "fr", Saturday, "6 ans").Value);

    [Fact]
    public void A_season_qualifying_a_noun_is_not_a_time() =>
        Assert.Empty(TimeRecognizer.Recognize("Les Jeux olympiques d'hiver accueillent les sports d'été.", "fr", Saturday));

    [Fact]
    public void Bare_seasons_and_summer_months_are_times()
    {
        var times = All("Été comme hiver, la plage est pleine pendant les mois d'été.", "fr", Saturday);

        Assert.Equal(["XXXX-SU", "XXXX-WI", "XXXX-SU"], times.Select(t => t.Value));
    }

    [Theory]
    [InlineData("Selon le quotidien local, la visite est annulée.")]
    [InlineData("Les étrangers lisent la presse quotidienne.")]
    public void A_newspaper_is_not_a_frequency(string text) =>
        Assert.DoesNotContain(TimeRecognizer.Recognize(text, "fr", Saturday), t => t.Type == TimexType.SET);

    [Fact]
    public void A_weekly_press_conference_is_a_frequency() =>
        Assert.Equal((TimexType.SET, "P1W"), (Only("Lors de sa conférence de presse hebdomadaire, il a répondu.", "fr", Saturday, "hebdomadaire") is var t ? (t.Type, t.Value) : default));

    [Fact]
    public void An_English_newspaper_named_daily_is_not_a_frequency() =>
        Assert.Empty(TimeRecognizer.Recognize("A diplomat told the Daily Meridian.", "en", Saturday));

    [Theory]
    [InlineData("Le parlement élu le 2 mars dernier siège.", "2 mars dernier", "2024-03-02")]
    [InlineData("Le parlement élu le 20 mars dernier siège.", "20 mars dernier", "2023-03-20")]
    [InlineData("Le sommet du 20 mars prochain est confirmé.", "20 mars prochain", "2024-03-20")]
    public void Last_and_next_dates_count_the_day_of_the_month(string text, string phrase, string value) =>
        Assert.Equal(value, Only(text, "fr", Saturday, phrase).Value);

    [Fact]
    public void A_day_and_its_hour_joined_by_a_are_one_time() =>
        Assert.Equal([("Hier à 10 h", TimexType.TIME, "2024-03-15T10:00")], All("Hier à 10 h, les délégués ont quitté la salle.", "fr", Saturday));

    [Fact]
    public void An_hour_followed_by_yesterday_is_one_time() =>
        Assert.Equal([("15 h 30, hier", TimexType.TIME, "2024-03-15T15:30")], All("La fumée a été vue vers 15 h 30, hier.", "fr", Saturday));

    [Fact]
    public void An_hour_followed_by_a_weekday_takes_that_day()
    {
        var times = All("Vers 0 h 40, jeudi, deux voitures se suivaient.", "fr", Saturday);

        Assert.Equal([("0 h 40", TimexType.TIME, "2024-03-14T00:40"), ("jeudi", TimexType.DATE, "2024-03-14")], times);
    }

    [Fact]
    public void English_yesterday_at_an_hour_is_one_time() =>
        Assert.Equal([("yesterday at 10 a.m.", TimexType.TIME, "2024-03-15T10:00")], All("The convoy left yesterday at 10 a.m.", "en", Saturday));

    [Fact]
    public void Today_and_its_weekday_are_one_date() =>
        Assert.Equal([("aujourd'hui samedi", TimexType.DATE, "2024-03-16")], All("Il devrait annoncer la liste aujourd'hui samedi.", "fr", Saturday));

    [Fact]
    public void This_weekday_written_on_that_day_is_the_publication_day() =>
        Assert.Equal("2024-03-19TDT", Only("La liste sera rendue publique ce mardi «dans la journée».", "fr", Tuesday, "mardi").Value);

    [Fact]
    public void That_same_weekday_is_the_one_just_named()
    {
        var times = All("Le lycée rouvrira lundi 1er avril. Les inscriptions se feront ce même lundi après-midi.", "fr", Saturday);

        Assert.Contains(("ce même lundi après-midi", TimexType.TIME, "2024-04-01TAF"), times);
    }

    [Theory]
    [InlineData("Les coureurs se sont rendus ce week-end à Saint-Gervais.", "2024-W11-WE")]
    [InlineData("Les coureurs se rendront ce week-end à Saint-Gervais.", "2024-W12-WE")]
    public void This_weekend_follows_the_tense(string text, string value) =>
        Assert.Equal(value, Only(text, "fr", Tuesday, "week-end").Value);

    [Fact]
    public void A_few_months_ago_is_an_unstated_duration() =>
        Assert.Equal([("quelques mois", TimexType.DURATION, "PXM")], All("La centrale a été inaugurée il y a quelques mois.", "fr", Saturday));

    [Fact]
    public void At_that_moment_refers_to_the_last_time_told()
    {
        var times = All("Le feu a pris vers 15 h 30, hier. Personne n'était là à ce moment-là.", "fr", Saturday);

        Assert.Equal(("ce moment-là", TimexType.TIME, "2024-03-15T15:30"), times[^1]);
    }

    [Fact]
    public void That_same_morning_is_the_morning_of_the_day_told() =>
        Assert.Contains(("le matin même", TimexType.TIME, "2024-03-15TMO"), All("Il était hier à Strasbourg où le matin même une opération a eu lieu.", "fr", Saturday));

    [Fact]
    public void Two_days_of_one_month_are_two_dates()
    {
        var times = All("Les élections auront lieu les 6 et 13 avril prochains.", "fr", Saturday);

        Assert.Equal(["2024-04-06", "2024-04-13"], times.Select(t => t.Value));
    }

    [Theory]
    [InlineData("Pascal Lamy, actuel directeur général, est candidat.", "actuel", "PRESENT_REF")]
    [InlineData("Auparavant, chacun des candidats sera auditionné.", "Auparavant", "PAST_REF")]
    [InlineData("La nécropole remonte à l'époque gréco-romaine.", "l'époque", "PAST_REF")]
    [InlineData("Quelques explosions nocturnes ont été entendues.", "nocturnes", "TNI")]
    public void Vague_references_get_their_timeml_value(string text, string phrase, string value) =>
        Assert.Equal(value, Only(text, "fr", Saturday, phrase).Value);

    [Fact]
    public void A_hyphenated_english_duration_counts_but_an_age_does_not()
    {
        Assert.Equal([("20-month", TimexType.DURATION, "P20M")], All("Ukraine has fought a 20-month war.", "en", Saturday));
        Assert.Empty(TimeRecognizer.Recognize("A 38-year-old man was arrested.", "en", Saturday));
    }

    [Theory]
    [InlineData("The winter of 2022 was hard.", "en", "winter of 2022")]
    [InlineData("L'hiver de 2022 a été rude.", "fr", "hiver de 2022")]
    public void A_season_of_a_year_is_one_date(string text, string language, string phrase) =>
        Assert.Equal("2022-WI", Only(text, language, Saturday, phrase).Value);

    [Fact]
    public void An_hour_on_a_weekday_takes_that_day() =>
        Assert.Contains(("3:30 p.m.", TimexType.TIME, "2024-03-14T15:30"), All("The talks of 5 May ended. The meeting began at 3:30 p.m. on Thursday.", "en", Saturday));
}
