using System.Text;
using System.Text.Json;
using Dossier.Articles;

namespace Dossier.Reading;

/// <summary>
/// JSON Lines: one article per line, <c>{"text": …}</c> or <c>{"html": …}</c>, with optional
/// <c>id</c>, <c>source</c>, <c>url</c>, <c>title</c>, <c>published</c>, <c>language</c> (what
/// <c>timebank.py prepare</c> and most dataset exports write). A bad line is one failure named
/// "file:line"; the lines after it are still read. Read as a stream: a dump of a million
/// articles is never held in memory at once.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string location, Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var number = 0;
        while (true)
        {
            var (line, failure) = NextLine(reader, location);
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (line.AsSpan().Trim().Length > 0)
            {
                yield return Parse($"{location}:{number}", line);
            }
        }
    }

    private static (string? Line, ReadResult? Failure) NextLine(StreamReader reader, string location)
    {
        try
        {
            return (reader.ReadLine(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, ReadResult.Failed(location, ReadFailureReason.TruncatedArchive, $"is not a valid gzip file ({e.Message})"));
        }
        catch (IOException e)
        {
            return (null, ReadResult.Failed(location, ReadFailureReason.Unreadable, $"cannot be read ({e.Message})"));
        }
    }

    private static ReadResult Parse(string lineLocation, string line)
    {
        if (line.Length > InputLimits.MaxArticleBytes)
        {
            return ReadResult.Failed(lineLocation, ReadFailureReason.TooLarge, "is a line longer than any article");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(lineLocation, ReadFailureReason.InvalidJson, "is not a JSON object");
            }

            return FromRecord(lineLocation, document.RootElement);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(lineLocation, ReadFailureReason.InvalidJson, $"is not JSON ({e.Message})");
        }
    }

    private static ReadResult FromRecord(string lineLocation, JsonElement record)
    {
        var html = Field(record, "html");
        var text = Field(record, "text");
        if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Failed(lineLocation, ReadFailureReason.Empty, "has neither a \"text\" nor an \"html\" field");
        }

        var url = Field(record, "url");
        var hints = new SourceHints(Field(record, "id"), url, Field(record, "title"), Field(record, "published"), Field(record, "language"));
        // Where the record says it came from wins, so that scores and stores match it by that name.
        var location = Field(record, "source") ?? url ?? lineLocation;
        return string.IsNullOrWhiteSpace(html)
            ? ReadResult.Ok(new ArticleSource(location, text!, RawFormat.PlainText, hints))
            : ArticleReader.Checked(new ArticleSource(location, html, RawFormat.Html, hints));
    }

    /// <summary>A string field, or a number written as one (some exports give ids as numbers); null otherwise.</summary>
    private static string? Field(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
