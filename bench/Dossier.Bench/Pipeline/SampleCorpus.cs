using Dossier.Articles;
using Dossier.Reading;

namespace Dossier.Bench.Pipeline;

/// <summary>The articles of the repository's samples/ folder, read by the product's reader once into memory.</summary>
internal static class SampleCorpus
{
    /// <summary>The plain-text articles.</summary>
    public static IEnumerable<ArticleSource> Articles() => Read("*.txt");

    /// <summary>The HTML pages, gzipped ones decompressed.</summary>
    public static IEnumerable<ArticleSource> Pages() => Read("*.html").Concat(Read("*.html.gz"));

    private static List<ArticleSource> Read(string pattern) =>
        Directory.EnumerateFiles(Folder(), pattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(ArticleReader.Read)
            .Where(result => result.Source is not null)
            .Select(result => result.Source!)
            .ToList();

    private static string Folder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "samples")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? throw new DirectoryNotFoundException("No samples/ folder above " + AppContext.BaseDirectory)
            : Path.Combine(folder.FullName, "samples");
    }
}
