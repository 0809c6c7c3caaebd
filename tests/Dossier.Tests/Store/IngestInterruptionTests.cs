using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dossier.Tests.Store;

/// <summary>
/// A real `dossier ingest` killed with SIGKILL at random moments, then run again: every article is
/// stored exactly once, and each with all its layers (a transaction is never half there).
/// </summary>
public sealed class IngestInterruptionTests : IDisposable
{
    private const int Articles = 600;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Killing_an_ingest_and_running_it_again_loses_and_duplicates_nothing()
    {
        var inputs = Path.Combine(folder.Path, "inputs");
        var db = Path.Combine(folder.Path, "store.db");
        GeneratedArticles.WriteTo(inputs, Articles);
        var random = new Random(2024);
        var counts = new List<long>();

        for (var kill = 0; kill < 6; kill++)
        {
            var before = counts.Count > 0 ? counts[^1] : 0;
            // Kill once the store has grown to a random point of what is left: "random moments"
            // measured in work done, so a faster machine does not push every kill past the end.
            var target = before + 1 + random.Next((int)(Articles - before) / 2);
            using var ingest = DossierProcess.Start("ingest", inputs, "--db", db, "--threads", "2");
            _ = ingest.StandardError.ReadToEndAsync();
            _ = ingest.StandardOutput.ReadToEndAsync();
            WaitUntil(() => ingest.HasExited || StoredSoFar(db) >= target);
            Thread.Sleep(random.Next(0, 20)); // land anywhere in the next article's transaction
            ingest.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            ingest.WaitForExit();
            counts.Add(CountArticles(db));
            AssertEveryArticleIsWhole(db);
        }

        var (exitCode, _, error) = DossierProcess.Run("ingest", inputs, "--db", db);

        Assert.True(exitCode == 0, error);
        Assert.Equal(Articles, CountArticles(db));
        AssertEveryArticleIsWhole(db);
        // The test means something only if some kill landed midway through the corpus.
        Assert.True(counts.Exists(count => count is > 0 and < Articles), "no kill landed midway: " + string.Join(", ", counts));
        Assert.True(counts.Zip(counts.Skip(1)).All(pair => pair.First <= pair.Second), string.Join(", ", counts));
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the ingest made no progress");
            Thread.Sleep(5);
        }
    }

    private static long StoredSoFar(string db)
    {
        try
        {
            return CountArticles(db);
        }
        catch (SqliteException)
        {
            return 0; // the file is there but the schema not yet
        }
    }

    /// <summary>Articles stored so far, read beside the running ingest (WAL lets a reader in); 0 before the store exists.</summary>
    private static long CountArticles(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Each stored article has exactly the entity and mention rows its record lists.</summary>
    private static void AssertEveryArticleIsWhole(string db)
    {
        if (!File.Exists(db))
        {
            return;
        }

        using var connection = Connect(db);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.record,
                   (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id),
                   (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)
            FROM articles a
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            using var record = JsonDocument.Parse(reader.GetString(0));
            var entities = record.RootElement.GetProperty("entities");
            Assert.Equal(entities.GetArrayLength(), reader.GetInt64(1));
            Assert.Equal(entities.EnumerateArray().Sum(e => e.GetProperty("mentions").GetArrayLength()), reader.GetInt64(2));
        }
    }

    private static SqliteConnection Connect(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return connection;
    }
}
