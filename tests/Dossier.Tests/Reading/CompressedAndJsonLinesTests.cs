using System.IO.Compression;
using System.Text;
using Dossier.Articles;
using Dossier.Reading;

namespace Dossier.Tests.Reading;

public sealed class CompressedAndJsonLinesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-reading-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Gzipped(string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_gzipped_html_page_is_decompressed_and_read_as_html()
    {
        var path = Write("page.html.gz", Gzipped("<html><body><p>Le port a rouvert lundi.</p></body></html>"));

        var source = Assert.Single(ArticleReader.Read(path)).Source!;

        Assert.Equal(RawFormat.Html, source.Format);
        Assert.Contains("Le port a rouvert lundi.", source.Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_text_file_is_read_as_text()
    {
        var source = Assert.Single(ArticleReader.Read("note.txt.gz", Gzipped("Le port a rouvert lundi."))).Source!;

        Assert.Equal(RawFormat.PlainText, source.Format);
        Assert.Equal("Le port a rouvert lundi.", source.Raw);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported_not_thrown()
    {
        var bytes = Gzipped(string.Concat(Enumerable.Repeat("Le port a rouvert lundi, après trois semaines de grève. ", 200)));

        var result = Assert.Single(ArticleReader.Read("cut.txt.gz", bytes[..(bytes.Length / 2)]));

        Assert.Equal(ReadFailureReason.TruncatedArchive, result.Failure!.Reason);
        Assert.StartsWith("cut.txt.gz:", result.Failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Input_without_a_telling_name_is_html_when_it_opens_like_a_page()
    {
        var page = Assert.Single(ArticleReader.Read("<stdin>", Encoding.UTF8.GetBytes("  <!DOCTYPE html><html><body><p>Texte.</p></body></html>"))).Source!;
        var text = Assert.Single(ArticleReader.Read("<stdin>", Encoding.UTF8.GetBytes("Le port a rouvert <lundi>."))).Source!;

        Assert.Equal(RawFormat.Html, page.Format);
        Assert.Equal(RawFormat.PlainText, text.Format);
    }

    [Fact]
    public void A_missing_file_is_reported_as_not_found()
    {
        var result = Assert.Single(ArticleReader.Read(Path.Combine(_folder, "absent.txt")));

        Assert.Equal(ReadFailureReason.NotFound, result.Failure!.Reason);
    }

    [Fact]
    public void Each_json_line_is_an_article_with_its_metadata_as_hints()
    {
        var path = Write("articles.jsonl", Encoding.UTF8.GetBytes(
            """
            {"id": "a1", "url": "https://example.org/2024/03/05/ponts", "title": "Ponts", "published": "2024-03-05", "language": "fr", "text": "Le conseil a voté."}

            {"id": 7, "html": "<p>The council voted.</p>"}
            """));

        var sources = ArticleReader.Read(path).Select(result => result.Source!).ToList();

        Assert.Equal(2, sources.Count);
        Assert.Equal(new SourceHints("a1", "https://example.org/2024/03/05/ponts", "Ponts", "2024-03-05", "fr"), sources[0].Hints);
        Assert.Equal("https://example.org/2024/03/05/ponts", sources[0].Location);
        Assert.Equal(RawFormat.PlainText, sources[0].Format);
        Assert.Equal("7", sources[1].Hints.Id);
        Assert.Equal(RawFormat.Html, sources[1].Format);
        Assert.Equal($"{path}:3", sources[1].Location);
    }

    [Fact]
    public void A_source_field_names_the_article_as_dataset_exports_do()
    {
        var result = Assert.Single(ArticleReader.Read("tb.jsonl", Encoding.UTF8.GetBytes("""{"source": "doc12.tml", "text": "Le maire a parlé."}""")));

        Assert.Equal("doc12.tml", result.Source!.Location);
    }

    [Fact]
    public void A_bad_json_line_is_one_failure_naming_file_and_line_and_the_rest_is_read()
    {
        var lines = string.Join('\n', """{"text": "Premier."}""", "{not json", """{"title": "sans texte"}""", "[1, 2]", """{"text": "Dernier."}""");

        var results = ArticleReader.Read("batch.jsonl", Encoding.UTF8.GetBytes(lines)).ToList();

        Assert.Equal(["Premier.", "Dernier."], results.Where(r => r.Source is not null).Select(r => r.Source!.Raw));
        Assert.Equal(
            ["batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4"],
            results.Where(r => r.Failure is not null).Select(r => r.Failure!.Location));
        Assert.Equal(ReadFailureReason.InvalidJson, results[1].Failure!.Reason);
    }

    [Fact]
    public void A_gzipped_json_lines_file_is_streamed()
    {
        var path = Write("batch.jsonl.gz", Gzipped("{\"text\": \"Un.\"}\n{\"text\": \"Deux.\"}\n"));

        Assert.Equal(["Un.", "Deux."], ArticleReader.Read(path).Select(r => r.Source!.Raw));
    }

    [Fact]
    public void A_truncated_gzipped_json_lines_file_keeps_the_lines_before_the_cut()
    {
        var content = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"text\": \"Article {i}, écrit pour ce test.\"}}\n"));
        var bytes = Gzipped(content);
        var path = Write("cut.jsonl.gz", bytes[..(bytes.Length / 2)]);

        var results = ArticleReader.Read(path).ToList();

        Assert.Contains(results, r => r.Source is not null);
        Assert.Equal(ReadFailureReason.TruncatedArchive, results[^1].Failure!.Reason);
    }
}
