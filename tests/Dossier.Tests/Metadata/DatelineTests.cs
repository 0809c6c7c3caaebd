using Dossier.Metadata;

namespace Dossier.Tests.Metadata;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("Titre\nMis à jour samedi 14 octobre 2023 – 15h53\nCorps.", "2023-10-14T15:53")]
    [InlineData("Publié par : Une Rédactrice\nDernière mise à jour : 30 août 2023, 23h23 IST\nCorps.", "2023-08-30T23:23+05:30")]
    [InlineData("Title\nPublished October 14, 2023\nBody.", "2023-10-14")]
    [InlineData("date 2023-10 Un titre\nCorps du texte.", "2023-10")]
    [InlineData("Titre\nSite | International\n24/07/2023 15:05\nCorps.", "2023-07-24T15:05")]
    [InlineData("Titre\n14.10.2023\nCorps.", "2023-10-14")]
    public void PublicationDateNearTheTop(string raw, string expected) =>
        Assert.Equal(expected, Dateline.Find(raw)?.ToIso());

    [Fact]
    public void A_numeric_date_inside_a_sentence_is_no_stamp() =>
        Assert.Null(Dateline.Find("Titre\nLe sommet du 24/07/2023 est reporté.\nCorps."));

    [Fact]
    public void DateDeepInTheBodyIsNotThePublicationDate()
    {
        var raw = string.Join('\n', Enumerable.Repeat("Une ligne de texte sans date.", 20)) + "\nPublished October 14, 2023";
        Assert.Null(Dateline.Find(raw));
    }
}
