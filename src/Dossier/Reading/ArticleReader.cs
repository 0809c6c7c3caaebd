using Dossier.Articles;

namespace Dossier.Reading;

/// <summary>
/// Reads the articles of one input: a text or HTML file (one article), a JSON Lines file (one
/// per line), or a ".gz" of any of them, chosen by the name. Expected failures come back as
/// <see cref="ReadResult"/> values naming the input; nothing here throws for bad content.
/// </summary>
public static class ArticleReader
{
    public static IEnumerable<ReadResult> Read(string path)
    {
        var format = InputFormat.Of(path);
        if (format.Layout == InputLayout.JsonLines)
        {
            return ReadJsonLines(path, format);
        }

        if (new FileInfo(path) is { Exists: true, Length: > InputLimits.MaxArticleBytes })
        {
            return [TooLarge(path)];
        }

        return Try(path, () => File.ReadAllBytes(path), out var bytes, out var failure) ? Read(path, bytes!) : [failure!];
    }

    /// <summary>Reads content already in memory (standard input, a download), named <paramref name="location"/>.</summary>
    public static IEnumerable<ReadResult> Read(string location, byte[] bytes)
    {
        var format = InputFormat.Of(location);
        if (format.Gzipped)
        {
            var (decompressed, reason, message) = Gzip.Decompress(bytes);
            if (decompressed is null)
            {
                return [ReadResult.Failed(location, reason!.Value, message!)];
            }

            bytes = decompressed;
        }

        if (format.Layout == InputLayout.JsonLines)
        {
            return JsonLinesReader.Read(location, new MemoryStream(bytes));
        }

        return [Single(location, bytes, format.Layout)];
    }

    private static ReadResult Single(string location, byte[] bytes, InputLayout layout)
    {
        if (bytes.Length == 0)
        {
            return ReadResult.Failed(location, ReadFailureReason.Empty, "is empty");
        }

        if (bytes.Length > InputLimits.MaxArticleBytes)
        {
            return TooLarge(location);
        }

        var legacy = layout is InputLayout.Html or InputLayout.Sniffed ? DeclaredCharset.Of(bytes) : null;
        if (!TextDecoder.TryDecode(bytes, out var text, legacy))
        {
            return ReadResult.Failed(location, ReadFailureReason.Binary, "is not text (binary content or an undecodable encoding)");
        }

        var format = layout switch
        {
            InputLayout.Html => RawFormat.Html,
            InputLayout.PlainText => RawFormat.PlainText,
            _ => InputFormat.Sniff(text),
        };
        return Checked(new ArticleSource(location, text, format, SourceHints.None));
    }

    /// <summary>The source, unless it is markup too deeply nested to parse in reasonable time.</summary>
    internal static ReadResult Checked(ArticleSource source) =>
        source.Format == RawFormat.Html && MarkupDepth.Exceeds(source.Raw)
            ? ReadResult.Failed(source.Location, ReadFailureReason.TooDeep, $"nests its HTML elements more than {MarkupDepth.Max} levels deep")
            : ReadResult.Ok(source);

    private static IEnumerable<ReadResult> ReadJsonLines(string path, InputFormat format)
    {
        if (!Try(path, () => File.OpenRead(path), out var file, out var failure))
        {
            return [failure!];
        }

        Stream stream = format.Gzipped ? new VerifiedGzipStream(file!) : file!;
        return JsonLinesReader.Read(path, stream);
    }

    private static ReadResult TooLarge(string location) =>
        ReadResult.Failed(location, ReadFailureReason.TooLarge, $"is larger than {InputLimits.MaxArticleBytes / (1024 * 1024)} MB, more than any article");

    private static bool Try<T>(string path, Func<T> open, out T? value, out ReadResult? failure)
        where T : class
    {
        try
        {
            value = open();
            failure = null;
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            (value, failure) = (null, ReadResult.Failed(path, ReadFailureReason.NotFound, "does not exist"));
        }
        catch (IOException e)
        {
            (value, failure) = (null, ReadResult.Failed(path, ReadFailureReason.Unreadable, $"cannot be read ({e.Message})"));
        }
        catch (UnauthorizedAccessException)
        {
            (value, failure) = (null, ReadResult.Failed(path, ReadFailureReason.Unreadable, "cannot be read (permission denied)"));
        }

        return false;
    }
}
