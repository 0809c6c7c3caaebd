using System.Text;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

public sealed class ArticleReaderTests
{
    private const string French = "Le ministère a évoqué « plus de 1 000 conteneurs » expédiés à Dunay.";

    [Fact]
    public void Latin1_french_text_is_decoded_without_replacement_characters()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(French);

        var result = Assert.Single(ArticleReader.Read("latin1.txt", bytes));

        Assert.Equal(French, result.Source!.Raw);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Text_with_a_byte_order_mark_is_decoded_by_it(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(French)).ToArray();

        var result = Assert.Single(ArticleReader.Read("a.txt", bytes));

        Assert.Equal(French, result.Source!.Raw);
    }

    [Fact]
    public void Binary_content_is_refused_with_a_reason_naming_the_input()
    {
        var result = Assert.Single(ArticleReader.Read("photo.jpg", [0xFF, 0xD8, 0x00, 0x10, 0x4A, 0x00]));

        Assert.Equal(ReadFailureReason.Binary, result.Failure!.Reason);
        Assert.StartsWith("photo.jpg:", result.Failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var result = Assert.Single(ArticleReader.Read("empty.txt", []));

        Assert.Equal(ReadFailureReason.Empty, result.Failure!.Reason);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_levels_deep_is_refused_quickly()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Texte.</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var result = Assert.Single(ArticleReader.Read("deep.html", Encoding.UTF8.GetBytes(html)));

        Assert.Equal(ReadFailureReason.TooDeep, result.Failure!.Reason);
    }

    [Fact]
    public void Thousands_of_unclosed_paragraphs_are_not_taken_for_deep_nesting()
    {
        var html = "<html><body><div>" + string.Concat(Enumerable.Repeat("<p>Un paragraphe sans fin de balise.<br>", 20_000)) + "</div>";

        var result = Assert.Single(ArticleReader.Read("flat.html", Encoding.UTF8.GetBytes(html)));

        Assert.NotNull(result.Source);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_decoded_by_the_charset_it_declares()
    {
        const string russian = "Порт вновь открылся в понедельник.";
        var html = $"<html><head><meta charset=\"windows-1251\"></head><body><p>{russian}</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(html);

        var result = Assert.Single(ArticleReader.Read("ru.html", bytes));

        Assert.Contains(russian, result.Source!.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_declaring_a_charset_dotnet_refuses_is_read_by_the_usual_guess()
    {
        const string french = "Le port a rouvert lundi après trois jours de grève.";
        var html = $"<html><head><meta charset=\"utf-7\"></head><body><p>{french}</p></body></html>";

        var result = Assert.Single(ArticleReader.Read("utf7.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains(french, result.Source!.Raw, StringComparison.Ordinal);
    }
}
