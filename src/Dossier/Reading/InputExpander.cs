namespace Dossier.Reading;

/// <summary>Turns the paths a user names (files, folders, globs, "-") into the files to read, in a stable order.</summary>
public static class InputExpander
{
    public const string StandardInput = "-";

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
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                // Not found: the reader reports it by name.
                yield return path;
            }
        }
    }
}
