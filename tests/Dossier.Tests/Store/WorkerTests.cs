using Dossier.Store;
using Dossier.Store.Postgres;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>
/// `dossier ingest --queue` and `dossier worker` on a real PostgreSQL server: two worker processes
/// at once, one of them killed midway, then a third to finish. Nothing is lost, nothing stored twice.
/// </summary>
public sealed class WorkerTests : IDisposable
{
    private const int Articles = 200;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public void Two_workers_and_a_killed_one_process_a_queue_with_no_loss_and_no_duplicate()
    {
        var store = TestPostgres.NewDatabase();
        var inputs = Path.Combine(folder.Path, "inputs");
        GeneratedArticles.WriteTo(inputs, Articles);
        File.WriteAllText(Path.Combine(inputs, "copy-of-first.txt"), GeneratedArticles.Create(1).Single().Text);

        var queued = DossierProcess.Run("ingest", "--queue", inputs, "--store", store);
        Assert.True(queued.ExitCode == 0, queued.Error);
        Assert.Contains($"{Articles + 1} queued", queued.Error, StringComparison.Ordinal);

        using (var killed = DossierProcess.Start("worker", "--store", store, "--threads", "2"))
        using (var other = DossierProcess.Start("worker", "--store", store, "--threads", "2", "--until-empty"))
        {
            _ = killed.StandardError.ReadToEndAsync();
            var otherError = other.StandardError.ReadToEndAsync();
            WaitUntil(() => Done(store) >= Articles / 4);
            killed.Kill(entireProcessTree: true);
            killed.WaitForExit();
            other.WaitForExit();
            Assert.True(other.ExitCode == 0, otherError.Result);
        }

        var last = DossierProcess.Run("worker", "--store", store, "--until-empty");
        Assert.True(last.ExitCode == 0, last.Error);

        using var opened = ArticleStore.Open(store);
        Assert.Equal(Articles, opened.CountArticles());
        Assert.Equal(0, ((IIngestQueue)opened).CountPending());
        using var connection = new NpgsqlConnection(PostgresLocation.Parse(store).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FILTER (WHERE state = 'done'), COUNT(DISTINCT article_id), COUNT(DISTINCT split_part(worker, '/', 1)) FROM ingest_queue";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(Articles + 1, reader.GetInt64(0));
        Assert.Equal(Articles, reader.GetInt64(1)); // the copy of the first article is the same article
        Assert.True(reader.GetInt64(2) >= 2, "the work was not shared between worker processes");
    }

    private static long Done(string store)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.Parse(store).ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ingest_queue WHERE state = 'done'";
        return (long)command.ExecuteScalar()!;
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workers made no progress");
            Thread.Sleep(20);
        }
    }
}
