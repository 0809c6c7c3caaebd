namespace Dossier.Reading;

/// <summary>
/// Turns the paths a user names (files, folders, globs, "-") into the files to read, in a stable order.
/// A file named on the command line is always read; inside a folder only article formats are,
/// so that a corpus folder's README or manifest is not taken for an article.
/// </summary>
public static class InputExpander
{
    public const string StandardInput = "-";

    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".gz",
    };

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(file => ArticleExtensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (PathGlob.IsGlob(path) && PathGlob.Expand(path) is { Count: > 0 } matches)
            {
                foreach (var match in matches)
                {
                    yield return match;
                }
            }
            else
            {
                // Not found (or a glob matching nothing): the reader reports it by name.
                yield return path;
            }
        }
    }
}
