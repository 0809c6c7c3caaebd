using Dossier.Articles;
using Dossier.Cleaning;
using Dossier.Entities;
using Dossier.Knowledge;
using Dossier.Language;
using Dossier.Metadata;
using Dossier.Pipeline;
using Dossier.Quotes;
using Dossier.Times;
using Dossier.Tokens;

namespace Dossier.Tests.Quotes;

/// <summary>Quotes found by the real steps up to this one, with the embedded knowledge base naming the speakers.</summary>
public sealed class QuoteStepTests
{
    private static readonly ArticlePipeline Pipeline = new PipelineBuilder()
        .Add(new CleaningStep()).Add(new MetadataStep()).Add(new LanguageStep()).Add(new TokenStep())
        .Add(new EntityStep(KnowledgeBase.Default)).Add(new TimeStep()).Add(new QuoteStep())
        .Build();

    private sealed record Found(string Text, bool Direct, string? Speaker, string? Cue, Stance Stance);

    private static List<Found> Quotes(string text)
    {
        var article = Pipeline.Process(ArticleSource.PlainText("test.txt", text));
        return article.Get<QuoteLayer>().Quotes
            .Select(q => new Found(article.Slice(q.Span), q.Direct, q.Speaker?.Name, q.Cue is { } cue ? article.Slice(cue) : null, q.Stance))
            .ToList();
    }

    [Fact]
    public void DirectQuoteTakesTheSpeakerNamedAfterAnInvertedVerb()
    {
        var quote = Assert.Single(Quotes("« Nous continuerons à surveiller toute expédition d'armes », a déclaré John Kirby."));
        Assert.Equal(new Found("Nous continuerons à surveiller toute expédition d'armes", true, "John Kirby", "a déclaré", Stance.Assert), quote);
    }

    [Fact]
    public void InvertedVerbPrefersThePersonToTheBodyHeSpeaksFor()
    {
        var quote = Assert.Single(Quotes("« Nous condamnons ces livraisons d'armes », a déclaré le porte-parole de la Maison Blanche, John Kirby, jeudi."));
        Assert.Equal("John Kirby", quote.Speaker);
    }

    [Fact]
    public void ColonIntroducesADirectQuoteOfTheSubject()
    {
        var quote = Assert.Single(Quotes("En échange, John Kirby déclare : « Pyongyang recherche une assistance militaire de la Russie »."));
        Assert.Equal(("Pyongyang recherche une assistance militaire de la Russie", true, "John Kirby"), (quote.Text, quote.Direct, quote.Speaker));
    }

    [Fact]
    public void IncisedVerbInsideTheQuotationAttributesIt()
    {
        var quotes = Quotes("John Kirby a parlé jeudi. « Nous surveillons, a-t-il dit, toute expédition vers la Russie ».");
        var quote = Assert.Single(quotes, q => q.Direct);
        Assert.Equal(("John Kirby", "a-t-il dit"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void PronounSubjectResolvesToTheLastSpeakerOfTheSameGender()
    {
        var quotes = Quotes("John Kirby a déclaré que la Russie cherchait des obus. Il a ajouté : « Ce partenariat menace la stabilité régionale ».");
        Assert.Equal("John Kirby", Assert.Single(quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void MasculinePronounDoesNotResolveToAFeminineCountry()
    {
        var quotes = Quotes("Les États-Unis mélangent la Russie et la Chine, selon la Corée du Nord.\nIl a ajouté : « La Corée du Nord est notre voisin et notre amie ».");
        Assert.Null(Assert.Single(quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void ReportedSpeechStartsAfterTheComplementizer()
    {
        var quote = Assert.Single(Quotes("La Russie a déclaré jeudi qu'elle envisageait de nouer des liens étroits avec la Corée du Nord."));
        Assert.Equal(new Found("elle envisageait de nouer des liens étroits avec la Corée du Nord", false, "Russia", "a déclaré", Stance.Assert), quote);
    }

    [Fact]
    public void InfinitiveComplementIsReportedToo()
    {
        var quote = Assert.Single(Quotes("La Maison Blanche affirme avoir reçu ces dernières semaines de nouveaux renseignements."));
        Assert.Equal(("White House", false), (quote.Speaker, quote.Direct));
        Assert.StartsWith("avoir reçu", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceAtTheEndAttributesWhatComesBefore()
    {
        var quote = Assert.Single(Quotes("La Corée du Nord a fourni des obus à la Russie, selon la Maison Blanche."));
        Assert.Equal(new Found("La Corée du Nord a fourni des obus à la Russie", false, "White House", "selon la Maison Blanche", Stance.Assert), quote);
    }

    [Fact]
    public void SourceAtTheStartAttributesWhatComesAfter()
    {
        var quote = Assert.Single(Quotes("Selon John Kirby, les livraisons violent les résolutions du Conseil de sécurité."));
        Assert.Equal(("les livraisons violent les résolutions du Conseil de sécurité", "John Kirby"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void SourcePhraseFindsTheBodyInsideIt()
    {
        var quote = Assert.Single(Quotes("Selon un graphique fourni par la Maison Blanche, une cargaison a été expédiée par voie maritime."));
        Assert.Equal("White House", quote.Speaker);
    }

    [Fact]
    public void CoordinatedSubjectsEachDeny()
    {
        var quotes = Quotes("La Corée du Nord et la Russie ont précédemment nié les allégations américaines.");
        Assert.Equal(["North Korea", "Russia"], quotes.Select(q => q.Speaker).Order());
        Assert.All(quotes, q => Assert.Equal(Stance.Deny, q.Stance));
        Assert.All(quotes, q => Assert.Equal("les allégations américaines", q.Text));
    }

    [Fact]
    public void VerbInsideReportedSpeechBelongsToIt()
    {
        var quote = Assert.Single(Quotes("John Kirby a déclaré que les États-Unis pensaient que la Corée du Nord souhaitait des avions de combat."));
        Assert.Equal("John Kirby", quote.Speaker);
    }

    [Fact]
    public void CommaOpensANewMainClauseWithItsOwnSpeaker()
    {
        var quotes = Quotes("Même si la Russie assure qu'aucun accord n'a été signé, Vladimir Poutine a reconnu qu'il voyait des possibilités de coopération.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("aucun accord n'a été signé", "Russia"), (quotes[0].Text, quotes[0].Speaker));
        Assert.Equal(("il voyait des possibilités de coopération", "Vladimir Putin"), (quotes[1].Text, quotes[1].Speaker));
    }

    [Fact]
    public void PartialQuotationInReportedSpeechSharesItsSpeaker()
    {
        var quotes = Quotes("John Kirby a parlé jeudi. Il a ajouté que la Russie n'a « aucun respect pour la vie de ses soldats ».");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("John Kirby", q.Speaker));
        Assert.Equal("aucun respect pour la vie de ses soldats", Assert.Single(quotes, q => q.Direct).Text);
    }

    [Fact]
    public void QuotedTermIsNotAQuote()
    {
        Assert.Empty(Quotes("Vladimir Poutine a évoqué des « possibilités » pendant le sommet."));
    }

    [Fact]
    public void QuotationWithoutSpeakerIsKeptUnattributed()
    {
        var quote = Assert.Single(Quotes("Biden veut rencontrer Kim « sans conditions préalables »"));
        Assert.Equal(("sans conditions préalables", true, (string?)null), (quote.Text, quote.Direct, quote.Speaker));
    }

    [Fact]
    public void QuotationReopenedOnTheNextParagraphIsOneQuote()
    {
        var quote = Assert.Single(Quotes("« Le premier paragraphe de la déclaration.\n« Et le second, qui la termine », a déclaré John Kirby."));
        Assert.Equal("John Kirby", quote.Speaker);
        Assert.Contains("premier paragraphe", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("qui la termine", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuotationDoesNotSwallowTheArticle()
    {
        var quotes = Quotes("Il a parlé de « lutte sacrée sans fin.\nLa Russie a déclaré qu'elle soutenait la Corée du Nord.");
        var quote = Assert.Single(quotes);
        Assert.Equal("Russia", quote.Speaker);
    }

    [Fact]
    public void RelativeClauseAfterCondemnIsNotReportedSpeech()
    {
        Assert.Empty(Quotes("Le Japon a condamné ce qu'il considère comme des livraisons d'armes."));
    }

    [Fact]
    public void OpinionPhraseWithAPronounTakesTheLastSpeaker()
    {
        var quotes = Quotes("John Kirby a déclaré que la Russie cherchait des obus. Pour lui, « ce partenariat militaire porte atteinte à la stabilité régionale ».");
        Assert.Equal("John Kirby", Assert.Single(quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void TitleOnlySubjectIsTheLastSpeaker()
    {
        var quotes = Quotes("John Kirby a parlé aux journalistes. « Nous suivons les livraisons », a déclaré John Kirby. Le porte-parole a dit que la Russie cherchait des obus.");
        Assert.Equal("John Kirby", Assert.Single(quotes, q => !q.Direct).Speaker);
    }

    [Fact]
    public void EnglishQuoteWithTheSubjectBeforeTheVerb()
    {
        var quote = Assert.Single(Quotes("\"We will keep watching every shipment,\" John Kirby said."));
        Assert.Equal(("We will keep watching every shipment", true, "John Kirby", "said"), (quote.Text, quote.Direct, quote.Speaker, quote.Cue));
    }

    [Fact]
    public void EnglishReportedSpeechAndAccordingTo()
    {
        var quotes = Quotes("John Kirby told reporters that Russia was seeking artillery shells. According to the White House, North Korea shipped a thousand containers.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Russia was seeking artillery shells", "John Kirby"), (quotes[0].Text, quotes[0].Speaker));
        Assert.Equal(("North Korea shipped a thousand containers", "White House"), (quotes[1].Text, quotes[1].Speaker));
    }

    [Fact]
    public void EnglishPronounAfterAPerson()
    {
        var quotes = Quotes("John Kirby spoke on Thursday. He added: “The partnership threatens regional stability.”");
        Assert.Equal("John Kirby", Assert.Single(quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void TitleAbbreviationDoesNotEndTheSentence()
    {
        var quotes = Quotes("John Kirby a parlé jeudi. « Ces armes serviront à frapper des villes », a déclaré M. Kirby, pour qui ces transferts sont illégaux.");
        Assert.Equal("John Kirby", Assert.Single(quotes, q => q.Direct).Speaker);
    }

    [Fact]
    public void IncisedVerbAfterALeadInReportsWhatFollows()
    {
        var quotes = Quotes("John Kirby a parlé jeudi. En contrepartie, a-t-il ajouté, Pyongyang chercherait à obtenir des avions de combat.");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Pyongyang chercherait à obtenir des avions de combat", "John Kirby"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void EnglishSubjectAndVerbAfterTheReportedClause()
    {
        var quote = Assert.Single(Quotes("Russia is receiving materials from Iran to build a factory, the White House said on Friday, releasing satellite images."));
        Assert.Equal(("Russia is receiving materials from Iran to build a factory", "White House"), (quote.Text, quote.Speaker));
    }
}
