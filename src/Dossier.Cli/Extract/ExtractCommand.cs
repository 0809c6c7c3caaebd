using System.CommandLine;

namespace Dossier.Cli.Extract;

/// <summary>`dossier extract PATH…`: one contract record per article, as JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), globs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the records to this file instead of standard output." };
        var pretty = new Option<bool>("--pretty") { Description = "Indent each record for people to read (no longer one per line)." };
        var threads = new Option<int>("--threads")
        {
            Description = "Articles processed at once (default: all cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        var command = new Command("extract", "Extract the record of each article and write it as JSON Lines.")
        {
            paths, output, pretty, threads,
        };
        command.SetAction(parse => new ExtractRunner(
                parse.GetRequiredValue(paths),
                parse.GetValue(output),
                parse.GetValue(pretty),
                parse.GetValue(threads))
            .Run());
        return command;
    }
}
