using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Cli.Storage;
using Dossier.Store;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Articles;

/// <summary>`dossier article ID`: one stored article and who copies whom: its original, its copies, the paragraphs it shares, its story.</summary>
internal static class ArticleCommand
{
    /// <summary>Characters of a shared paragraph shown in the table; --json has it whole.</summary>
    private const int ParagraphShown = 100;

    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article's id (as `dossier story ID` and `search --json` list it), or its first characters." };
        var store = new StoreOptions();
        var command = new Command("article", "Show one article: what it copies, what copies it, the paragraphs it shares with others, and its story.") { id };
        store.AddQueryOptionsTo(command);
        command.SetAction(parse =>
        {
            var articleId = parse.GetRequiredValue(id);
            return store.AnswerOne(
                parse,
                opened => opened.Article(articleId),
                location => $"no article {articleId} in {location} (or more than one whose id starts so)",
                StoreJsonContext.Readable.ArticleDetail,
                Render);
        });
        return command;
    }

    private static Rows Render(ArticleDetail detail)
    {
        var a = detail.Article;
        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow(new Markup("[grey]id[/]"), ResultPrinter.Plain(a.Id));
        facts.AddRow(new Markup("[grey]source[/]"), ResultPrinter.Plain(a.Source));
        facts.AddRow(new Markup("[grey]published[/]"), ResultPrinter.Plain(a.Published));
        facts.AddRow(new Markup("[grey]language[/]"), ResultPrinter.Plain(a.Language));
        facts.AddRow(new Markup("[grey]story[/]"), ResultPrinter.Plain(detail.Story is { } s ? $"{s.Label} ({s.Id}, {s.Articles} article(s))" : null));
        facts.AddRow(new Markup("[grey]copy of[/]"), ResultPrinter.Plain(detail.Original is { } o ? $"{o.Source} ({o.Id})" : "none: not a whole copy of another article"));

        var parts = new List<IRenderable> { new Markup($"[bold]{Markup.Escape(a.Title ?? a.Source)}[/]"), facts };
        var copies = new Table().AddColumns("copy", "published", "source");
        foreach (var copy in detail.Copies)
        {
            copies.AddRow(ResultPrinter.Plain(copy.Id), ResultPrinter.Plain(copy.Published), ResultPrinter.Plain(copy.Source));
        }

        parts.Add(detail.Copies.Count > 0 ? copies.Caption($"{detail.Copies.Count} whole copy(ies) of this article") : new Markup("[grey]no whole copy of this article[/]"));
        var shared = new Table().AddColumns("paragraph", "text", "shared with", "as its paragraph");
        foreach (var p in detail.SharedParagraphs)
        {
            var relation = p.Relation == "reprints" ? "reprinted from" : "reprinted by";
            shared.AddRow(
                ResultPrinter.Plain(p.Paragraph.ToString(CultureInfo.InvariantCulture)),
                ResultPrinter.Plain(p.Text.Length <= ParagraphShown ? p.Text : p.Text[..ParagraphShown] + "…"),
                ResultPrinter.Plain($"{relation} {p.OtherSource} ({p.OtherId})"),
                ResultPrinter.Plain(p.OtherParagraph.ToString(CultureInfo.InvariantCulture)));
        }

        parts.Add(detail.SharedParagraphs.Count > 0
            ? shared.Caption($"{detail.SharedParagraphs.Count} paragraph(s) shared with other articles (partial copies; paragraphs counted from 0)")
            : new Markup("[grey]no paragraph shared with another article[/]"));
        return new Rows(parts);
    }
}
