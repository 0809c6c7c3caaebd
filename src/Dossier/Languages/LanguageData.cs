using System.Collections.Concurrent;
using System.Reflection;

namespace Dossier.Languages;

/// <summary>
/// The rule data of one language: files embedded from <c>Languages/&lt;Lang&gt;/</c>, one entry
/// per line, '#' starting a comment, tab-separated columns. Every language folder has the same
/// set of files, so adding a language is adding a folder. Loaded once, read-only, shared.
/// </summary>
public static class LanguageData
{
    /// <summary>The languages that have a rule folder, as ISO 639-1 codes.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["fr", "en"];

    private static readonly ConcurrentDictionary<(string Language, string File), IReadOnlyList<string[]>> Cache = new();

    /// <summary>The rows of <paramref name="file"/> for <paramref name="language"/> ("fr", "en").</summary>
    /// <exception cref="InvalidOperationException">The language has no such file: a packaging bug.</exception>
    public static IReadOnlyList<string[]> Rows(string language, string file) =>
        Cache.GetOrAdd((language, file), key => Load(key.Language, key.File));

    /// <summary>The first column of each row: for word lists.</summary>
    public static IEnumerable<string> Words(string language, string file) => Rows(language, file).Select(row => row[0]);

    private static string[][] Load(string language, string file)
    {
        var folder = char.ToUpperInvariant(language[0]) + language[1..].ToLowerInvariant();
        var name = $"Dossier.Languages.{folder}/{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Language data '{name}' is not embedded in the library.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).TrimEnd();
            if (content.Trim().Length > 0)
            {
                rows.Add(content.Split('\t').Select(cell => cell.Trim()).ToArray());
            }
        }

        return rows.ToArray();
    }
}
