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
        var merged = new Option<bool>("--merged") { Description = "List the stories merged into others instead, with the story each went into." };
        var store = new StoreOptions();
        var command = new Command("stories", "List the stories, the most recent first.") { merged };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse => parse.GetValue(merged)
            ? store.Answer(parse, s => s.MergedStories(), StoreJsonContext.Readable.IReadOnlyListMergedStory, MergedTable)
            : StoreOptions.Guard(() =>
            {
                using var opened = store.Opener(parse)();
                var stories = opened.Stories();
                var json = parse.GetValue(store.Json);
                // The table says how many were merged away; the JSON stays the list alone.
                var mergedAway = json ? 0 : opened.MergedStories().Count;
                return ResultPrinter.Print(stories, json, StoreJsonContext.Readable.IReadOnlyListStorySummary, list => Table(list, mergedAway));
            }));
        return command;
    }

    public static Command Show()
    {
        var id = new Argument<string>("id") { Description = "The story's id, as `dossier stories` lists it (a merged story's id shows the story it went into)." };
        var store = new StoreOptions();
        var command = new Command("story", "Show one story: its articles (copies marked), its facts and the stories merged into it.") { id };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse =>
        {
            var storyId = parse.GetRequiredValue(id);
            return store.AnswerOne(
                parse,
                opened => opened.Story(storyId),
                location => $"no story {storyId} in {location}",
                StoreJsonContext.Readable.StoryDetail,
                detail => Render(storyId, detail));
        });
        return command;
    }

    private static Table Table(IReadOnlyList<StorySummary> stories, int mergedAway)
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

        var merged = mergedAway > 0 ? $"; {mergedAway} more merged into these (--merged lists them)" : "";
        return table.Caption($"{stories.Count} story(ies){merged}");
    }

    private static Table MergedTable(IReadOnlyList<MergedStory> merged)
    {
        var table = new Table().AddColumns("story", "its label", "merged into", "label");
        foreach (var m in merged)
        {
            table.AddRow(ResultPrinter.Plain(m.Id), ResultPrinter.Plain(m.Label), ResultPrinter.Plain(m.MergedInto), ResultPrinter.Plain(m.MergedIntoLabel));
        }

        return table.Caption($"{merged.Count} merged story(ies): `dossier story ID` shows the story each went into");
    }

    private static Rows Render(string asked, StoryDetail story)
    {
        var articles = new Table().AddColumns("article", "published", "lang", "source", "copy of");
        foreach (var a in story.Articles)
        {
            articles.AddRow(ResultPrinter.Plain(a.Id), ResultPrinter.Plain(a.Published), ResultPrinter.Plain(a.Language), ResultPrinter.Plain(a.Source), ResultPrinter.Plain(a.DuplicateOf));
        }

        var parts = new List<IRenderable>();
        if (asked != story.Story.Id)
        {
            parts.Add(new Markup($"[yellow]story {Markup.Escape(asked)} was merged into {Markup.Escape(story.Story.Id)}[/]"));
        }

        parts.Add(new Markup($"[bold]{Markup.Escape(story.Story.Label)}[/] ({Markup.Escape(story.Story.Id)})"));
        if (story.Merged.Count > 0)
        {
            parts.Add(ResultPrinter.Plain($"merged into it: {string.Join(", ", story.Merged)}"));
        }

        parts.Add(articles.Caption($"{story.Story.Articles} article(s), {story.Story.IndependentArticles} independent; `dossier article ID` shows one"));
        parts.Add(FactTable.Of(story.Facts, $"{story.Facts.Count} fact(s)"));
        return new Rows(parts);
    }
}
