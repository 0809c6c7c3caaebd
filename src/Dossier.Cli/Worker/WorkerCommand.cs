using System.CommandLine;
using Dossier.Cli.Storage;

namespace Dossier.Cli.Worker;

/// <summary>`dossier worker --store URL`: extracts and stores the articles `ingest --queue` left pending.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var threads = new Option<int>("--threads")
        {
            Description = "Articles processed at once, each on its own connection (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        var batch = new Option<int>("--batch")
        {
            Description = "Articles each loop claims and stores per transaction (default 50): fewer commits, and a kill redoes at most this many.",
            DefaultValueFactory = _ => 50,
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch must be at least 1.");
            }
        });
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when nothing is pending instead of waiting for more." };
        var store = new StoreOptions();
        var command = new Command("worker", "Process the queued articles of a shared store; run as many workers, on as many machines, as wanted.")
        {
            threads, batch, untilEmpty,
        };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(() => new WorkerRunner(store.Opener(parse), parse.GetValue(threads), parse.GetValue(batch), parse.GetValue(untilEmpty)).Run()));
        return command;
    }
}
