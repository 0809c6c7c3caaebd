using Dossier.Tests.Store;

namespace Dossier.Tests.Cli;

/// <summary>`dossier extract` as a user runs it, on articles written here.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dossier-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Corpus(int count)
    {
        var inputs = Path.Combine(_folder, "in");
        Directory.CreateDirectory(inputs);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(inputs, $"a{i:D3}.txt"), $"Le port numéro {i} a reçu des conteneurs.\nLa Corée du Nord a livré des obus à la Russie en septembre, selon la Maison Blanche.");
        }

        return inputs;
    }

    [Fact]
    public void ManyInputsToAFileReportTheirTotalOnStandardError()
    {
        var output = Path.Combine(_folder, "out.jsonl");
        var (exitCode, stdout, stderr) = DossierProcess.Run("extract", Corpus(25), "-o", output, "--threads", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("dossier: extract: 25 articles (0 failed)", stderr, StringComparison.Ordinal);
        Assert.Equal(25, File.ReadAllLines(output).Length);
    }

    [Fact]
    public void RecordsOnStandardOutputComeInInputOrderWithoutProgress()
    {
        var (exitCode, stdout, stderr) = DossierProcess.Run("extract", Corpus(25), "--threads", "2");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("dossier: extract:", stderr, StringComparison.Ordinal);
        var sources = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!)
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"a{i:D3}.txt"), sources);
    }
}
