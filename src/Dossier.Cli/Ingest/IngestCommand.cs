using System.CommandLine;
using Dossier.Cli.Storage;

namespace Dossier.Cli.Ingest;

/// <summary>`dossier ingest PATH…`: extract each article and keep it in the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), globs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Articles extracted at once (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });
        var queue = new Option<bool>("--queue") { Description = "Only read the inputs and queue them for `dossier worker` (PostgreSQL stores)." };
        var store = new StoreOptions();
        var command = new Command("ingest", "Extract each article and keep it in the store (an article already stored is skipped).")
        {
            paths, threads, queue,
        };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(() => parse.GetValue(queue)
            ? QueueRunner.Run(parse.GetRequiredValue(paths), store.Opener(parse))
            : new IngestRunner(parse.GetRequiredValue(paths), store.Opener(parse), parse.GetValue(threads)).Run()));
        return command;
    }
}
