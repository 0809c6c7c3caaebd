using System.Reflection;

namespace Dossier.Knowledge;

/// <summary>Reads the knowledge-base files embedded from <c>data/knowledge/</c>: tab-separated, '#' comment lines.</summary>
internal static class KnowledgeFiles
{
    public static IEnumerable<string[]> Rows(string file)
    {
        var name = $"Dossier.Knowledge.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Knowledge file '{name}' is not embedded in the library.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    public static string[] Names(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
