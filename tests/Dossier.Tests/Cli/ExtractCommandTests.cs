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

    [Fact]
    public void EachBadInputGetsOneErrorLineAndTheGoodOnesAreStillExtracted()
    {
        var inputs = Path.Combine(_folder, "bad");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "good.txt"), "La Corée du Nord a livré des obus à la Russie en septembre, selon la Maison Blanche.");
        File.WriteAllBytes(Path.Combine(inputs, "binary.txt"), [.. Enumerable.Range(0, 3000).Select(i => (byte)((i * 7919) % 256))]);
        File.WriteAllText(Path.Combine(inputs, "empty.txt"), "");
        File.WriteAllText(Path.Combine(inputs, "lines.jsonl"), "{\"text\": \"Le Kremlin a démenti toute livraison.\"}\nnot json\n");
        var page = System.Text.Encoding.UTF8.GetBytes("<html><body><p>" + string.Concat(Enumerable.Repeat("Texte de la dépêche. ", 400)) + "</p></body></html>");
        using (var packed = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                gzip.Write(page);
            }

            File.WriteAllBytes(Path.Combine(inputs, "cut.html.gz"), packed.ToArray()[..(int)(packed.Length / 2)]);
        }

        File.WriteAllText(Path.Combine(inputs, "deep.html"), string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x");
        File.WriteAllText(Path.Combine(inputs, "huge.txt"), new string('a', 50 * 1024 * 1024));
        // Not UTF-8: read as the legacy encoding it most likely is, not refused.
        File.WriteAllBytes(Path.Combine(inputs, "latin1.txt"), System.Text.Encoding.Latin1.GetBytes("La Corée a livré des obus à la Russie."));
        var output = Path.Combine(_folder, "out.jsonl");

        var (exitCode, _, stderr) = DossierProcess.Run("extract", inputs, "-o", output);

        Assert.Equal(1, exitCode);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.Contains(inputs, StringComparison.Ordinal)).ToList();
        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.Contains("binary.txt: is not text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("empty.txt: is empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("lines.jsonl:2: is not JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("cut.html.gz: is not a valid gzip file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("deep.html: nests its HTML elements", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("huge.txt: is larger than", StringComparison.Ordinal));
        var texts = File.ReadAllLines(output).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToList();
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains("Maison Blanche", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Le Kremlin a démenti", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("La Corée a livré", StringComparison.Ordinal));
    }
}
