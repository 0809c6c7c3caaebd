using System.Text.Json;

namespace Dossier.Tests.Store;

/// <summary>`dossier search` as a script runs it.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Json_hits_name_the_article_and_mark_the_words()
    {
        var input = Path.Combine(folder.Path, "seoul.txt");
        File.WriteAllText(input, StoreRecords.LivraisonsFr);
        var db = Path.Combine(folder.Path, "store.db");
        DossierProcess.Run("ingest", input, "--db", db);

        var (exitCode, output, error) = DossierProcess.Run("search", "livraison d'obus", "--lang", "fr", "--db", db, "--json");

        Assert.True(exitCode == 0, error);
        using var hits = JsonDocument.Parse(output);
        var hit = Assert.Single(hits.RootElement.EnumerateArray());
        Assert.Equal(input, hit.GetProperty("source").GetString());
        Assert.Contains("[obus]", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error()
    {
        var (exitCode, _, error) = DossierProcess.Run("search", "obus", "--from", "14/10/2023", "--db", Path.Combine(folder.Path, "x.db"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--from must be a date written YYYY, YYYY-MM or YYYY-MM-DD", error, StringComparison.Ordinal);
    }
}
