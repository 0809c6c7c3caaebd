using System.CommandLine;
using Dossier.Cli.Storage;
using Dossier.Store.Queries;
using Dossier.Web.Exports;

namespace Dossier.Cli.Export;

/// <summary>`dossier export`: the store in a format other tools read.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "jsonl (the contract records), csv (one table), graphml (Gephi), geojson (QGIS) or ftm (FollowTheMoney JSON lines).",
            Required = true,
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong(Names<ExportFormat>());
        var table = new Option<string>("--table")
        {
            Description = "For csv: the table to write, transfers, quotes or events.",
            DefaultValueFactory = _ => "transfers",
            HelpName = "TABLE",
        };
        table.AcceptOnlyFromAmong(Names<CsvTable>());
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output.", HelpName = "FILE" };
        var story = new Option<string?>("--story") { Description = "Only the articles of this story (copies included), as `dossier stories` lists it.", HelpName = "ID" };
        var store = new StoreOptions();
        var command = new Command("export", "Export the stored records for other tools.") { format, table, story, output };
        store.AddTo(command);
        command.SetAction(parse => StoreOptions.Guard(() =>
        {
            var file = parse.GetValue(store.Db) ?? StoreOptions.DefaultFile;
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"dossier: {file}: there is no store here (create one with dossier ingest)");
                return ExitCodes.StoreUnavailable;
            }

            // Opening the store migrates an older file, so the read side finds the tables it expects.
            store.Opener(parse)().Dispose();
            var queries = StoreQueries.OpenSqlite(file);
            var storyId = parse.GetValue(story);
            if (storyId is not null && queries.StoryOverview(storyId, 1, 0) is null)
            {
                Console.Error.WriteLine($"dossier: no story {storyId} in {file}");
                return ExitCodes.NotFound;
            }

            var records = storyId is null ? queries.AllRecords() : queries.StoryRecords(storyId);
            var target = parse.GetValue(output);
            using var stream = target is null ? Console.OpenStandardOutput() : File.Create(target);
            var count = Exporter.Write(
                Enum.Parse<ExportFormat>(parse.GetRequiredValue(format), ignoreCase: true),
                Enum.Parse<CsvTable>(parse.GetValue(table) ?? "transfers", ignoreCase: true),
                records,
                stream);
            Console.Error.WriteLine($"dossier: export: {count} record(s) written{(target is null ? "" : $" to {target}")}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string[] Names<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Select(n => n.ToLowerInvariant())];
}
