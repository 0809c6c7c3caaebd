using System.Text.Json;
using Dossier.Tests.Store;

namespace Dossier.Tests.Cli;

/// <summary>`dossier extract samples/` end to end, checked against what samples/manifest.json says of each article.</summary>
public sealed class SamplesExtractionTests
{
    private static readonly string Samples = FindSamples();

    [Fact]
    public void Every_sample_comes_out_with_the_title_date_and_language_its_manifest_gives()
    {
        var (exitCode, stdout, stderr) = DossierProcess.Run("extract", Samples, "--threads", "2");

        Assert.True(exitCode == 0, stderr);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "manifest.json")));
        var articles = manifest.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(articles.Count, records.Count);
        foreach (var article in articles)
        {
            var path = article.GetProperty("path").GetString()!;
            // A JSON Lines article is named "file#line" in the manifest and by its id in the record.
            var record = path.Contains('#', StringComparison.Ordinal)
                ? records.Single(r => r.GetProperty("id").GetString() == article.GetProperty("id").GetString())
                : records.Single(r => r.GetProperty("source").GetString()!.Replace('\\', '/').EndsWith("/" + path, StringComparison.Ordinal));
            var expected = (article.GetProperty("title").GetString(), article.GetProperty("language").GetString(), article.GetProperty("published").GetString());
            var actual = (record.GetProperty("title").GetString(), record.GetProperty("language").GetString(), record.GetProperty("published").GetString() is { Length: > 10 } p ? p[..10] : record.GetProperty("published").GetString());
            Assert.True(expected == actual, $"{path}: expected {expected}, got {actual}");
        }
    }

    private static string FindSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dossier.slnx")))
            {
                return Path.Combine(folder.FullName, "samples");
            }
        }

        throw new InvalidOperationException("The tests do not run inside a checkout (no Dossier.slnx above them).");
    }
}
