using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Stories;

/// <summary>`dossier timeline`: events and transfers by the dates they happened on, not publication dates.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var story = new Option<string?>("--story") { Description = "Only the facts of this story.", HelpName = "ID" };
        var entity = new Option<string?>("--entity") { Description = "Only events and transfers this entity takes part in.", HelpName = "ID" };
        var store = new StoreOptions();
        var command = new Command("timeline", "List dated events and transfers in the order they happened, with each date's precision.") { story, entity };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => store.Answer(
            parse,
            s => s.Timeline(parse.GetValue(story), parse.GetValue(entity)),
            StoreJsonContext.Readable.IReadOnlyListTimelineEntry,
            Table));
        return command;
    }

    private static Table Table(IReadOnlyList<TimelineEntry> entries)
    {
        var table = new Table().AddColumns("date", "precision", "fact", "independent", "sources");
        foreach (var entry in entries)
        {
            table.AddRow(
                ResultPrinter.Plain(entry.Date),
                ResultPrinter.Plain(entry.Precision),
                ResultPrinter.Plain(entry.Fact.Label),
                ResultPrinter.Plain(entry.Fact.IndependentSources.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                FactTable.Sources(entry.Fact));
        }

        return table.Caption($"{entries.Count} dated fact(s)");
    }
}
