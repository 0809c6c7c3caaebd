using System.Text.Json;
using Dossier.Store;
using Dossier.Tests.Store;

namespace Dossier.Tests.Cli;

/// <summary>
/// `dossier article`, `dossier story` and `dossier stories` as an analyst runs them to see who
/// copies whom and which stories were merged.
/// </summary>
public sealed class ArticleCommandTests : IDisposable
{
    private static readonly string[] WireLines = AcrossArticles.WireText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private readonly TempFolder folder = new();

    private string Db => Path.Combine(folder.Path, "store.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_article_names_its_copies_and_the_paragraphs_another_article_reprints()
    {
        var wire = Write("wire.txt", AcrossArticles.WireText);
        var partner = Write("partner.txt", AcrossArticles.SyndicatedText);
        var analysis = Write("analysis.txt", string.Join('\n',
            "Analysts weigh what Moscow may give Pyongyang in return for its help.",
            WireLines[2],
            "Experts in Seoul expect food, fuel and perhaps satellite technology to flow back across the border in the coming months."));
        var ingest = DossierProcess.Run("ingest", wire, partner, analysis, "--db", Db, "--threads", "1");
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        var ids = ArticleIdsBySource();

        var original = Json("article", ids[wire]);
        Assert.Equal(JsonValueKind.Null, original.GetProperty("original").ValueKind);
        Assert.Equal([partner], original.GetProperty("copies").EnumerateArray().Select(c => c.GetProperty("source").GetString()));
        var shared = Assert.Single(original.GetProperty("shared_paragraphs").EnumerateArray());
        Assert.Equal(("reprinted_by", analysis, ids[analysis], WireLines[2]), (
            shared.GetProperty("relation").GetString(), shared.GetProperty("other_source").GetString(),
            shared.GetProperty("other_id").GetString(), shared.GetProperty("text").GetString()));

        // The start of an id is enough, as long as no other id starts so.
        var copy = Json("article", ids[partner][..8]);
        Assert.Equal(ids[wire], copy.GetProperty("original").GetProperty("id").GetString());
        Assert.Equal(ids[wire], copy.GetProperty("article").GetProperty("duplicate_of").GetString());

        var (exitCode, table, error) = DossierProcess.Run("article", ids[analysis], "--db", Db);
        Assert.True(exitCode == 0, error);
        Assert.Contains("reprinted from", table, StringComparison.Ordinal);
        Assert.Contains("no whole copy of this article", table, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_article_is_not_found()
    {
        using (ArticleStore.OpenSqlite(Db))
        {
        }

        var (exitCode, output, error) = DossierProcess.Run("article", "0123abcd", "--db", Db);

        Assert.Equal(4, exitCode);
        Assert.Equal("", output);
        Assert.Contains("no article 0123abcd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_story_is_not_found()
    {
        using (ArticleStore.OpenSqlite(Db))
        {
        }

        var (exitCode, output, error) = DossierProcess.Run("story", "story-0123abcd", "--db", Db);

        Assert.Equal(4, exitCode);
        Assert.Equal("", output);
        Assert.Contains("no story story-0123abcd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merged_story_says_where_it_went_and_the_story_list_counts_it()
    {
        string early, late;
        using (var store = ArticleStore.OpenSqlite(Db))
        {
            store.Add(Shells("early.txt", "2023-09-02", "Rail shipments of North Korean artillery shells to Russia began this week, officials said.\nContainers of shells were loaded at Najin and sent by rail toward Russia."));
            store.Add(Shells("late.txt", "2023-09-30", "Officials counted more containers of North Korean artillery shells reaching Russia by rail.\nThe shells crossed the border bridge, and the rail yard near Najin stayed busy."));
            var stories = store.Stories();
            early = stories.Single(s => s.FirstPublished == "2023-09-02").Id;
            late = stories.Single(s => s.FirstPublished == "2023-09-30").Id;
            store.Add(Shells("bridge.txt", "2023-09-16", "Trains carrying North Korean artillery shells in containers kept crossing into Russia by rail from Najin, officials said.\nThe shipments of shells grew."));
        }

        var (exitCode, table, error) = DossierProcess.Run("story", late, "--db", Db);
        Assert.True(exitCode == 0, error);
        Assert.Contains($"story {late} was merged into {early}", table, StringComparison.Ordinal);

        var survivor = Json("story", late);
        Assert.Equal(early, survivor.GetProperty("story").GetProperty("id").GetString());
        Assert.Equal([late], survivor.GetProperty("merged").EnumerateArray().Select(m => m.GetString()));

        var merged = Assert.Single(Json("stories", "--merged").EnumerateArray());
        Assert.Equal((late, early), (merged.GetProperty("id").GetString(), merged.GetProperty("merged_into").GetString()));
        var list = DossierProcess.Run("stories", "--db", Db);
        Assert.Contains("1 more merged into these", list.Output, StringComparison.Ordinal);
        Assert.Equal([early], Json("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every stored article's id by its source, as an analyst finds them: `stories`, then `story ID`.</summary>
    private Dictionary<string, string> ArticleIdsBySource() =>
        Json("stories").EnumerateArray()
            .SelectMany(story => Json("story", story.GetProperty("id").GetString()!).GetProperty("articles").EnumerateArray())
            .ToDictionary(a => a.GetProperty("source").GetString()!, a => a.GetProperty("id").GetString()!);

    private JsonElement Json(params string[] arguments)
    {
        var (exitCode, output, error) = DossierProcess.Run([.. arguments, "--db", Db, "--json"]);
        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static Dossier.Records.ExtractionRecord Shells(string source, string published, string text) =>
        new RecordBuilder(source, published, "en", text)
            .Entity("PRK", "North Korea", "GPE", "North Korean")
            .Entity("RUS", "Russia", "GPE", "Russia")
            .Build();
}
