using Dossier.Language;

namespace Dossier.Tests.Language;

/// <summary>
/// Held-out sentences, written for these tests and absent from the training text, must be told
/// correctly; text too short or too foreign must leave the language undecided rather than guess.
/// </summary>
public sealed class NgramLanguageIdentifierTests
{
    public static TheoryData<string, string> HeldOut
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (code, sentence) in HeldOutSentences.All)
            {
                data.Add(code, sentence);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HeldOut))]
    public void HeldOutSentenceIsIdentified(string expected, string sentence)
    {
        var detected = NgramLanguageIdentifier.Identify(sentence);

        Assert.Equal(expected, detected.Code);
        Assert.InRange(detected.Confidence, NgramLanguageIdentifier.MinimumConfidence, 1.0);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void HeadlineLengthPrefixIsRightOrUndecided(int words)
    {
        // Short text may leave the language open, but must never name the wrong one.
        foreach (var (expected, sentence) in HeldOutSentences.All)
        {
            var prefix = string.Join(' ', sentence.Split(' ').Take(words));

            Assert.Contains(NgramLanguageIdentifier.Identify(prefix).Code, new[] { expected, null });
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Paris, 12 mai")]
    [InlineData("2024-05-12 14:00 — 3,5 % (+0,2)")]
    public void ShortTextIsUndecided(string text)
    {
        var detected = NgramLanguageIdentifier.Identify(text);

        Assert.Null(detected.Code);
        Assert.Equal(0, detected.Confidence);
    }

    [Theory]
    [InlineData("東京都の天気は晴れです。明日も晴れるでしょう。気温は二十度前後。")]
    [InlineData("🙂🙂🙂 ∑∫≈ ☂☂ ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0301\u0301 e\u0301te\u0301 كتب الوزير Ελλάδα")]
    [InlineData("\uD800\uDC00\uDFFF\uD800 abc\u200B\u200Bdef \uFEFF ghi\u0000jkl mnopqrstuvwxyz")]
    public void MixedScriptNoiseDoesNotThrow(string text)
    {
        var detected = NgramLanguageIdentifier.Identify(text);

        Assert.InRange(detected.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void TextOfNoKnownScriptIsUndecided()
    {
        var detected = NgramLanguageIdentifier.Identify("東京都の天気は晴れです。明日も晴れるでしょう。気温は二十度前後になる見込みです。");

        Assert.Null(detected.Code);
    }

    [Fact]
    public void FrenchWithMachineTranslationErrorsIsStillFrench()
    {
        // Literal renderings from English: wrong prepositions, calques, English word order.
        var detected = NgramLanguageIdentifier.Identify(
            "Le ministre a dit que il est allé à la réunion sur lundi et il a fait une décision pour augmenter les taxes de le carburant, qui est un grand affaire pour les gens qui conduisent leurs voitures à travail.");

        Assert.Equal("fr", detected.Code);
    }

    [Fact]
    public void AccentsDecomposedIntoCombiningMarksStillCount()
    {
        var detected = NgramLanguageIdentifier.Identify("Le pre\u0301sident de la Re\u0301publique a re\u0301uni les ministres a\u0300 l'E\u0301lyse\u0301e.");

        Assert.Equal("fr", detected.Code);
    }

    [Fact]
    public void LongTextIsConfident()
    {
        var text = string.Join(' ', HeldOutSentences.All.Where(s => s.Code == "de").Select(s => s.Sentence));

        Assert.True(NgramLanguageIdentifier.Identify(text).Confidence > 0.3);
    }

    [Theory]
    // Shared Cyrillic words, told apart by і ї є ґ against ы э ъ and the letter n-grams around them.
    [InlineData("uk", "Їхні діти щодня їздять до школи, бо в селі її закрили ще минулої осені.")]
    [InlineData("uk", "Ґрунтовий шлях розмило, тож рятувальники євакуювали мешканців човнами.")]
    [InlineData("ru", "Этим летом в горах выпало необычно мало дождей, и объём воды в реках сократился.")]
    [InlineData("ru", "Съезд партии был перенесён, потому что многие делегаты не смогли приехать.")]
    public void UkrainianAndRussianAreToldApart(string expected, string sentence)
    {
        Assert.Equal(expected, NgramLanguageIdentifier.Identify(sentence).Code);
    }

    [Fact]
    public void EveryProfiledLanguageIsKnown()
    {
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk"], NgramLanguageIdentifier.Languages);
    }
}
