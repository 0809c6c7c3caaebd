using System.Text;
using Dossier.Articles;
using Dossier.Bench.Pipeline;

namespace Dossier.Bench.Throughput;

/// <summary>
/// Writes <c>count</c> distinct plain-text articles and <c>count</c> distinct HTML pages, made
/// from samples/ by <see cref="SampleVariants"/>, into <c>text/</c> and <c>html/</c> under a
/// folder, as UTF-8 files the product's reader reads back like any input.
/// </summary>
internal sealed class GeneratedCorpus
{
    private GeneratedCorpus(string root, IReadOnlyList<string> texts, IReadOnlyList<string> pages)
    {
        Root = root;
        TextFiles = texts;
        HtmlFiles = pages;
    }

    public string Root { get; }

    public IReadOnlyList<string> TextFiles { get; }

    public IReadOnlyList<string> HtmlFiles { get; }

    public static GeneratedCorpus Write(string root, int count)
    {
        var texts = WriteVariants(Path.Combine(root, "text"), SampleCorpus.Articles().ToList(), count, ".txt", SampleVariants.OfText);
        var pages = WriteVariants(Path.Combine(root, "html"), SampleCorpus.Pages().ToList(), count, ".html", SampleVariants.OfHtml);
        return new GeneratedCorpus(root, texts, pages);
    }

    private static List<string> WriteVariants(string folder, List<ArticleSource> samples, int count, string extension, Func<string, int, string> vary)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>(count);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            var content = vary(sample.Raw, i / samples.Count);
            distinct.Add(content);
            var path = Path.Combine(folder, SampleVariants.FileNameOf(i, sample.Location, extension));
            File.WriteAllText(path, content, new UTF8Encoding(false));
            files.Add(path);
        }

        if (distinct.Count != count)
        {
            throw new InvalidOperationException($"{folder}: only {distinct.Count} of {count} generated articles are distinct.");
        }

        return files;
    }
}
