using Dossier.Clauses;

namespace Dossier.Tests.Clauses;

/// <summary>The lexicon's index must pick the phrase that trying every phrase in order would pick.</summary>
public sealed class PhraseLexiconTests
{
    private static PhraseLexicon<string> Of(params string[] phrases) =>
        new(phrases.Select(phrase => (new PhrasePattern(phrase), phrase)));

    // Sentences hold folded words, as the patterns do.
    private static string[] Words(string text) => [.. text.Split(' ').Select(word => WordForm.Fold(word))];

    [Fact]
    public void TheLongestPhraseWinsWhetherItStartsWithAWordOrAPrefix()
    {
        var lexicon = Of("livr*", "livré des obus", "livr* … munitions", "a livré");
        Assert.True(lexicon.TryLongestAt(Words("pyongyang a livré des obus"), 2, out var entry, out var last));
        Assert.Equal("livré des obus", entry);
        Assert.Equal(4, last);

        Assert.True(lexicon.TryLongestAt(Words("ils livrent beaucoup de munitions"), 1, out entry, out last));
        Assert.Equal("livr* … munitions", entry);
        Assert.Equal(4, last);

        Assert.True(lexicon.TryLongestAt(Words("ils livrent"), 1, out entry, out last));
        Assert.Equal("livr*", entry);
        Assert.Equal(1, last);
    }

    [Fact]
    public void AmongPhrasesOfOneLengthTheDataOrderDecides()
    {
        var prefixFirst = Of("sign*", "signé");
        var wordFirst = Of("signé", "sign*");
        Assert.True(prefixFirst.TryLongestAt(Words("signé"), 0, out var entry, out _));
        Assert.Equal("sign*", entry);
        Assert.True(wordFirst.TryLongestAt(Words("signé"), 0, out entry, out _));
        Assert.Equal("signé", entry);
    }

    [Fact]
    public void PrefixesOfSeveralLengthsAreAllTried()
    {
        var lexicon = Of("dé* accord", "déclar*");
        Assert.True(lexicon.TryLongestAt(Words("déclare"), 0, out var entry, out _));
        Assert.Equal("déclar*", entry);
        Assert.True(lexicon.TryLongestAt(Words("désaccord accord"), 0, out entry, out var last));
        Assert.Equal("dé* accord", entry);
        Assert.Equal(1, last);
        Assert.False(lexicon.TryLongestAt(Words("du accord"), 0, out _, out _));
        Assert.False(lexicon.TryLongestAt(Words("d"), 0, out _, out _));
    }

    [Fact]
    public void FoundInListsEveryPhraseMatchedAnywhere()
    {
        var lexicon = Of("si", "pourrait", "a démenti", "dément*");
        var found = lexicon.FoundIn(Words("moscou a démenti et pourrait démentir encore")).ToHashSet();
        Assert.Equal(["a démenti", "dément*", "pourrait"], found.Order(StringComparer.Ordinal));
    }
}
