using System.Diagnostics;
using System.Globalization;
using Dossier.Store;
using Dossier.Store.Postgres;
using Npgsql;

namespace Dossier.Tests.Store;

/// <summary>
/// `dossier ingest --queue` and `dossier worker` on a real PostgreSQL server: two worker processes
/// at once, one of them killed midway, then a third to finish; a worker killed while it stores a
/// batch. Nothing is lost, nothing stored twice.
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

        // Small batches, so that both processes take part before one is killed.
        using (var killed = DossierProcess.Start("worker", "--store", store, "--threads", "2", "--batch", "10"))
        using (var other = DossierProcess.Start("worker", "--store", store, "--threads", "2", "--batch", "10", "--until-empty"))
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

    [SkippableFact]
    public void A_worker_killed_while_it_stores_a_batch_leaves_the_whole_batch_to_the_next()
    {
        const int batch = 40;
        var store = TestPostgres.NewDatabase();
        var inputs = Path.Combine(folder.Path, "inputs");
        GeneratedArticles.WriteTo(inputs, 3 * batch);
        Assert.Equal(0, DossierProcess.Run("ingest", "--queue", inputs, "--store", store).ExitCode);

        using (var worker = DossierProcess.Start("worker", "--store", store, "--threads", "1", "--batch", batch.ToString(CultureInfo.InvariantCulture)))
        {
            _ = worker.StandardError.ReadToEndAsync();
            // After the first batch the loop has opened its store: from then on only a batch being stored holds the writer lock.
            WaitUntil(() => Done(store) >= batch);
            StopWhileStoring(worker, store);
            worker.Kill(entireProcessTree: true);
            worker.WaitForExit();
        }

        var done = Done(store);
        using (var opened = ArticleStore.Open(store))
        {
            Assert.True(done % batch == 0, $"{done} rows done: a batch was half committed");
            Assert.Equal(done, opened.CountArticles());
            Assert.Equal(3 * batch - done, ((IIngestQueue)opened).CountPending());
        }

        var last = DossierProcess.Run("worker", "--store", store, "--until-empty", "--batch", batch.ToString(CultureInfo.InvariantCulture));
        Assert.True(last.ExitCode == 0, last.Error);
        Assert.Contains($"{3 * batch - done} stored, 0 already stored, 0 failed", last.Error, StringComparison.Ordinal);
        using var reopened = ArticleStore.Open(store);
        Assert.Equal(3 * batch, reopened.CountArticles());
        Assert.Equal(3 * batch, TestPostgres.Scalar(store, "SELECT COUNT(DISTINCT article_id) FROM ingest_queue WHERE state = 'done'"));
    }

    /// <summary>
    /// Freezes the worker (SIGSTOP) at a moment its connection holds the writer lock, that is while
    /// it stores a batch, so the kill that follows lands there and nowhere else.
    /// </summary>
    private static void StopWhileStoring(Process worker, string store)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            Signal("STOP", worker);
            if (TestPostgres.Scalar(store, "SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()") > 0)
            {
                return;
            }

            Signal("CONT", worker);
            Assert.True(DateTime.UtcNow < deadline, "the worker was never seen storing a batch");
            Thread.Sleep(5);
        }
    }

    private static void Signal(string signal, Process process)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static long Done(string store) => TestPostgres.Scalar(store, "SELECT COUNT(*) FROM ingest_queue WHERE state = 'done'");

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
