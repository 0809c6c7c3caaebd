using Dossier.Articles;
using Dossier.Reading;

namespace Dossier.Bench.Pipeline;

/// <summary>The plain-text articles of the repository's samples/ folder, read by the product's reader once into memory.</summary>
internal static class SampleCorpus
{
    public static IEnumerable<ArticleSource> Articles()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "samples")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new DirectoryNotFoundException("No samples/ folder above " + AppContext.BaseDirectory);
        }

        return Directory.EnumerateFiles(Path.Combine(folder.FullName, "samples"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(ArticleReader.Read)
            .Where(result => result.Source is not null)
            .Select(result => result.Source!)
            .ToList();
    }
}
