using Dossier.Articles;

namespace Dossier.Reading;

/// <summary>How an input file is laid out, judged by its name: ".gz" wraps any of the others.</summary>
internal sealed record InputFormat(bool Gzipped, InputLayout Layout)
{
    public static InputFormat Of(string name)
    {
        var gzipped = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzipped ? name[..^3] : name;
        var layout = Path.GetExtension(inner).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => InputLayout.Html,
            ".jsonl" or ".ndjson" => InputLayout.JsonLines,
            ".txt" or ".text" => InputLayout.PlainText,
            _ => InputLayout.Sniffed,
        };
        return new InputFormat(gzipped, layout);
    }

    /// <summary>
    /// For an input whose name does not say (standard input, "article" without extension): markup
    /// if it opens with a doctype or an &lt;html&gt;/&lt;body&gt; tag, plain text otherwise.
    /// </summary>
    public static RawFormat Sniff(string content)
    {
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<", StringComparison.Ordinal) && content.Contains("<body", StringComparison.OrdinalIgnoreCase))
                ? RawFormat.Html
                : RawFormat.PlainText;
    }
}

internal enum InputLayout
{
    PlainText,
    Html,
    JsonLines,
    Sniffed,
}
