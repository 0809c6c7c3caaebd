using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>`dossier ingest` as a user runs it: bad inputs named on standard error, the rest stored.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_bad_input_is_reported_by_name_and_the_others_are_stored()
    {
        var inputs = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "a-kirby.txt"), StoreRecords.KirbyEn);
        File.WriteAllText(Path.Combine(inputs, "b-empty.txt"), "");
        File.WriteAllText(Path.Combine(inputs, "c-seoul.txt"), StoreRecords.LivraisonsFr);
        var db = Path.Combine(folder.Path, "store.db");

        var (exitCode, output, error) = DossierProcess.Run("ingest", inputs, Path.Combine(folder.Path, "missing.txt"), "--db", db);

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"{Path.Combine(inputs, "b-empty.txt")}: is empty", error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: does not exist", error, StringComparison.Ordinal);
        Assert.Contains("2 stored, 0 already stored, 2 failed", error, StringComparison.Ordinal);
        using var store = ArticleStore.OpenSqlite(db);
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void Ingesting_the_same_inputs_again_stores_nothing_new()
    {
        var input = Path.Combine(folder.Path, "kirby.txt");
        File.WriteAllText(input, StoreRecords.KirbyEn);
        var db = Path.Combine(folder.Path, "store.db");

        DossierProcess.Run("ingest", input, "--db", db);
        var (exitCode, _, error) = DossierProcess.Run("ingest", input, "--db", db);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 stored, 1 already stored, 0 failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_ingests_into_one_file_at_once_take_turns_and_store_each_article_once()
    {
        var inputs = Path.Combine(folder.Path, "in");
        GeneratedArticles.WriteTo(inputs, 120);
        var db = Path.Combine(folder.Path, "store.db");

        using var first = DossierProcess.Start("ingest", inputs, "--db", db, "--threads", "1");
        using var second = DossierProcess.Start("ingest", inputs, "--db", db, "--threads", "1");
        var errors = await Task.WhenAll(first.StandardError.ReadToEndAsync(), second.StandardError.ReadToEndAsync());
        await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());

        Assert.True(first.ExitCode == 0, errors[0]);
        Assert.True(second.ExitCode == 0, errors[1]);
        using var store = ArticleStore.OpenSqlite(db);
        Assert.Equal(120, store.CountArticles());
    }

    [Fact]
    public void A_store_file_that_is_not_a_database_stops_the_ingest_with_its_name()
    {
        var db = Path.Combine(folder.Path, "notes.db");
        File.WriteAllText(db, "not a database " + new string('-', 2000));
        var input = Path.Combine(folder.Path, "kirby.txt");
        File.WriteAllText(input, StoreRecords.KirbyEn);

        var (exitCode, _, error) = DossierProcess.Run("ingest", input, "--db", db);

        Assert.Equal(3, exitCode);
        Assert.Contains($"dossier: {db}: is not a Dossier database or is corrupt", error, StringComparison.Ordinal);
    }
}
