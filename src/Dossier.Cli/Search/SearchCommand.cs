using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Search;

/// <summary>`dossier search QUERY`: the stored articles that contain every word, best first.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words that must all occur (accents and case do not matter)." };
        var language = new Option<string?>("--lang") { Description = "Only articles in this language (fr, en).", HelpName = "CODE" };
        var entity = new Option<string?>("--entity") { Description = "Only articles that mention this entity id (PRK, geonames:…, local:…).", HelpName = "ID" };
        var from = DateOption.Create("--from", "Only articles published on or after this date.");
        var to = DateOption.Create("--to", "Only articles published on or before this date (at its precision: 2023-10 is all of October).");
        var story = new Option<string?>("--story") { Description = "Only articles of this story (an id from `dossier stories`).", HelpName = "ID" };
        var limit = new Option<int>("--limit") { Description = "At most this many hits.", DefaultValueFactory = _ => 20 };
        var store = new StoreOptions();
        var command = new Command("search", "Search the stored articles' text.") { query, language, entity, from, to, story, limit };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => store.Answer(
            parse,
            opened => opened.Search(new SearchQuery(
                parse.GetRequiredValue(query),
                parse.GetValue(language),
                parse.GetValue(entity),
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(limit),
                parse.GetValue(story))),
            StoreJsonContext.Readable.IReadOnlyListSearchHit,
            Table));
        return command;
    }

    private static Table Table(IReadOnlyList<SearchHit> hits)
    {
        var table = new Table().AddColumns("published", "lang", "source", "passage");
        foreach (var hit in hits)
        {
            // The snippet brackets the words found; show them bold instead.
            var passage = Markup.Escape(hit.Snippet).Replace("[[", "[bold]", StringComparison.Ordinal).Replace("]]", "[/]", StringComparison.Ordinal);
            table.AddRow(ResultPrinter.Plain(hit.Published), ResultPrinter.Plain(hit.Language), ResultPrinter.Plain(hit.Source), new Markup(passage));
        }

        return table.Caption($"{hits.Count} article(s)");
    }
}
