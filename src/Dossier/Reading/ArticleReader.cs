using Dossier.Articles;

namespace Dossier.Reading;

/// <summary>Reads the articles of one input file.</summary>
public static class ArticleReader
{
    public static IEnumerable<ReadResult> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            return [ReadResult.Failed(path, ReadFailureReason.Unreadable, $"cannot be read ({e.Message})")];
        }
        catch (UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, ReadFailureReason.Unreadable, "cannot be read (permission denied)")];
        }

        return Read(path, bytes);
    }

    public static IEnumerable<ReadResult> Read(string location, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [ReadResult.Failed(location, ReadFailureReason.Empty, "is empty")];
        }

        if (!TextDecoder.TryDecode(bytes, out var text))
        {
            return [ReadResult.Failed(location, ReadFailureReason.Binary, "is not text (binary content or an undecodable encoding)")];
        }

        var format = location.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || location.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? RawFormat.Html
            : RawFormat.PlainText;
        return [ReadResult.Ok(new ArticleSource(location, text, format, SourceHints.None))];
    }
}
