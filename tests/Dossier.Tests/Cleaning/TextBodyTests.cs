using Dossier.Cleaning;

namespace Dossier.Tests.Cleaning;

public sealed class TextBodyTests
{
    private const string Body1 = "Le conseil municipal de Lyon a voté mardi un budget de 12 millions d’euros pour rénover les ponts.";
    private const string Body2 = "Les travaux commenceront au printemps et dureront deux ans, selon l’adjoint chargé de la voirie.";

    private static List<string> Clean(params string[] lines) => TextBody.Paragraphs(string.Join('\n', lines));

    [Fact]
    public void The_headline_and_every_body_paragraph_are_kept_in_order()
    {
        var kept = Clean("Lyon vote la rénovation de ses ponts", "", Body1, "", Body2);

        Assert.Equal(["Lyon vote la rénovation de ses ponts", Body1, Body2], kept);
    }

    [Fact]
    public void A_date_stamp_before_the_headline_is_cut_and_the_headline_kept()
    {
        var kept = Clean("date 2024-03 Lyon vote la rénovation de ses ponts", Body1);

        Assert.Equal("Lyon vote la rénovation de ses ponts", kept[0]);
    }

    [Fact]
    public void A_date_stamp_on_its_own_line_goes()
    {
        Assert.Equal([Body1], Clean("date 2024-03-05", Body1));
    }

    [Theory]
    [InlineData("Publié par : Jeanne Martin")]
    [InlineData("Par : Jeanne Martin")]
    [InlineData("Published by: Sam Lee")]
    [InlineData("Dernière mise à jour : 3 mars 2024, 10h12 CET")]
    [InlineData("Mis à jour mardi 5 mars 2024 – 18h02")]
    [InlineData("Last updated: 5 March 2024")]
    [InlineData("  • Live Les dernières informations sur les crues")]
    [InlineData("Live: the floods, hour by hour")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Share this article")]
    [InlineData("Abonnez-vous à notre lettre d’information")]
    [InlineData("Subscribe to our newsletter for the latest headlines.")]
    [InlineData("Ce site utilise des cookies pour mesurer son audience.")]
    [InlineData("(Cette histoire n’a pas été éditée par le personnel de Gazette et est publiée à partir d’un fil d’agence de presse syndiqué – AFP)")]
    [InlineData("(This story has not been edited by Gazette staff and is published from a syndicated news agency feed - PTI)")]
    [InlineData("© AFP")]
    [InlineData("Photo: Reuters")]
    public void Chrome_lines_matching_a_cue_go(string chrome)
    {
        Assert.Equal(["Lyon vote la rénovation de ses ponts", Body1], Clean("Lyon vote la rénovation de ses ponts", chrome, Body1));
    }

    [Theory]
    [InlineData("Home » MONDE »")]
    [InlineData("Accueil › Régions › Auvergne-Rhône-Alpes")]
    [InlineData("News > World > Europe")]
    public void Breadcrumbs_go_even_before_the_headline(string breadcrumb)
    {
        Assert.Equal(["Lyon vote la rénovation de ses ponts", Body1], Clean(breadcrumb, "Lyon vote la rénovation de ses ponts", Body1));
    }

    [Fact]
    public void A_quotation_closed_by_guillemets_is_not_a_breadcrumb()
    {
        const string quote = "« Nous tiendrons les délais », a promis le maire.";

        Assert.Contains(quote, Clean("Titre du jour", Body1, quote));
    }

    [Fact]
    public void A_teaser_heading_goes_with_the_headlines_it_introduces()
    {
        var kept = Clean("Titre du jour", Body1, "Lire aussi :", "Crues : la Saône sort de son lit", "Le préfet appelle à la prudence ?", Body2);

        Assert.Equal(["Titre du jour", Body1, Body2], kept);
    }

    [Fact]
    public void A_read_more_line_with_its_headline_on_the_same_line_goes()
    {
        var kept = Clean("Floods in the valley", "Read more: Rivers burst their banks in the north", Body2);

        Assert.Equal(["Floods in the valley", Body2], kept);
    }

    [Theory]
    [InlineData("Washington DC, États-Unis d’Amérique (USA)")]
    [InlineData("UkraineRussie")]
    [InlineData("fr-02")]
    [InlineData("Le maire promet des ponts « plus sûrs »")]
    public void Short_lines_that_are_not_sentences_go_after_the_headline(string line)
    {
        Assert.Equal(["Titre du jour", Body1, Body2], Clean("Titre du jour", Body1, line, Body2));
    }

    [Fact]
    public void A_short_line_after_a_byline_is_not_taken_for_the_headline()
    {
        Assert.Equal([Body1], Clean("Publié par : Jeanne Martin", "Lyon, France", Body1));
    }

    [Fact]
    public void A_short_quotation_paragraph_is_kept()
    {
        const string quote = "« C’est un jour historique pour la ville »";

        Assert.Contains(quote, Clean("Titre du jour", Body1, quote));
    }

    [Fact]
    public void A_long_standfirst_without_a_full_stop_is_kept()
    {
        const string standfirst = "La ville consacre douze millions d’euros à ses ponts et promet des travaux rapides malgré les crues de l’hiver";

        Assert.Contains(standfirst, Clean("Titre du jour", standfirst, Body1));
    }

    [Theory]
    [InlineData("Le maire et son adjoint sur le pont Lafayette.AP")]
    [InlineData("Rescuers in a boat on the flooded road. Reuters")]
    [InlineData("The mayor at the opening / AFP")]
    public void A_caption_ending_in_an_agency_name_goes(string caption)
    {
        Assert.Equal(["Titre du jour", Body1], Clean("Titre du jour", caption, Body1));
    }

    [Fact]
    public void A_sentence_ending_in_an_abbreviation_like_word_is_not_a_caption()
    {
        const string sentence = "Le texte sera présenté au conseil en mars, a précisé le cabinet du maire au journal Le Progrès.";

        Assert.Contains(sentence, Clean("Titre du jour", sentence));
    }

    [Fact]
    public void A_caption_repeating_a_body_paragraph_goes_and_the_body_copy_stays_in_place()
    {
        var kept = Clean("Titre du jour", Body2 + " (Fichier photo AP)", Body1, Body2);

        Assert.Equal(["Titre du jour", Body1, Body2], kept);
    }

    [Fact]
    public void A_photo_credit_is_cut_from_the_end_of_a_paragraph()
    {
        var kept = Clean("Titre du jour", Body1 + " (AP Photo/Jean Dupont)", Body2 + " Photo : Reuters");

        Assert.Equal(["Titre du jour", Body1, Body2], kept);
    }

    [Fact]
    public void A_paragraph_repeated_verbatim_is_kept_once_where_it_first_appears()
    {
        Assert.Equal(["Titre du jour", Body1, Body2], Clean("Titre du jour", Body1, Body2, Body1));
    }

    [Fact]
    public void A_notice_cue_inside_a_long_paragraph_does_not_remove_it()
    {
        var paragraph = "Le député a rappelé que la loi sur les cookies, votée en 2021, " + string.Join(' ', Enumerable.Repeat("oblige les sites à demander le consentement", 10)) + ".";

        Assert.Contains(paragraph, Clean("Titre du jour", paragraph));
    }
}
