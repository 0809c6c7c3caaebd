using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Stories;

/// <summary>`dossier stories` and `dossier story ID`: the stories the store has grouped its articles in.</summary>
internal static class StoriesCommand
{
    public static Command List()
    {
        var store = new StoreOptions();
        var command = new Command("stories", "List the stories, the most recent first.");
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => store.Answer(parse, s => s.Stories(), StoreJsonContext.Readable.IReadOnlyListStorySummary, Table));
        return command;
    }

    public static Command Show()
    {
        var id = new Argument<string>("id") { Description = "The story's id, as `dossier stories` lists it." };
        var store = new StoreOptions();
        var command = new Command("story", "Show one story: its articles (copies marked) and its facts.") { id };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse =>
        {
            var storyId = parse.GetRequiredValue(id);
            return StoreOptions.Guard(() =>
            {
                using var opened = store.Opener(parse)();
                if (opened.Story(storyId) is not { } story)
                {
                    Console.Error.WriteLine($"dossier: no story {storyId} in {opened.Location}");
                    return ExitCodes.NotFound;
                }

                return ResultPrinter.Print(story, parse.GetValue(store.Json), StoreJsonContext.Readable.StoryDetail, Render);
            });
        });
        return command;
    }

    private static Table Table(IReadOnlyList<StorySummary> stories)
    {
        var table = new Table().AddColumns("story", "label", "articles", "independent", "from", "to");
        foreach (var s in stories)
        {
            table.AddRow(
                ResultPrinter.Plain(s.Id),
                ResultPrinter.Plain(s.Label),
                ResultPrinter.Plain(s.Articles.ToString(CultureInfo.InvariantCulture)),
                ResultPrinter.Plain(s.IndependentArticles.ToString(CultureInfo.InvariantCulture)),
                ResultPrinter.Plain(s.FirstPublished),
                ResultPrinter.Plain(s.LastPublished));
        }

        return table.Caption($"{stories.Count} story(ies)");
    }

    private static IRenderable Render(StoryDetail story)
    {
        var articles = new Table().AddColumns("published", "lang", "source", "copy of");
        foreach (var a in story.Articles)
        {
            articles.AddRow(ResultPrinter.Plain(a.Published), ResultPrinter.Plain(a.Language), ResultPrinter.Plain(a.Source), ResultPrinter.Plain(a.DuplicateOf));
        }

        return new Rows(
            new Markup($"[bold]{Markup.Escape(story.Story.Label)}[/] ({Markup.Escape(story.Story.Id)})"),
            articles.Caption($"{story.Story.Articles} article(s), {story.Story.IndependentArticles} independent"),
            FactTable.Of(story.Facts, $"{story.Facts.Count} fact(s)"));
    }
}
