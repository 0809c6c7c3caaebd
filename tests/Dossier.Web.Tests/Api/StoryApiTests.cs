using System.Net;
using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>Stories and the fused facts across articles, through a real `dossier serve` over the three test articles.</summary>
public sealed class StoryApiTests(StoreServer server) : IClassFixture<StoreServer>
{
    [Fact]
    public async Task Stories_are_listed_with_label_article_counts_and_dates()
    {
        using var list = await Json("/api/stories");

        var stories = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(stories.Count, list.RootElement.GetProperty("total").GetInt32());
        Assert.True(stories.Count >= 2, $"{stories.Count} story(ies)");
        Assert.Equal(3, stories.Sum(s => s.GetProperty("articles").GetInt32()));
        Assert.All(stories, s =>
        {
            Assert.StartsWith("story-", s.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(s.GetProperty("label").GetString()));
            Assert.True(string.CompareOrdinal(s.GetProperty("first_published").GetString(), s.GetProperty("last_published").GetString()) <= 0);
        });
        // The most recent first.
        var last = stories.Select(s => s.GetProperty("last_published").GetString()).ToList();
        Assert.Equal(last.OrderDescending(StringComparer.Ordinal), last);
    }

    [Fact]
    public async Task A_story_comes_with_its_articles_facts_timeline_transfers_claims_graph_and_places()
    {
        var id = await StoryOf("Rajin");

        using var story = await Json($"/api/stories/{id}");

        var root = story.RootElement;
        Assert.Equal(id, root.GetProperty("story").GetProperty("id").GetString());
        var articles = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(root.GetProperty("facts").EnumerateArray());
        Assert.All(root.GetProperty("facts").EnumerateArray(), f => Assert.Contains(f.GetProperty("sources").EnumerateArray(), s => articles.Contains(s.GetProperty("article_id").GetString())));
        var transfers = root.GetProperty("transfers").GetProperty("items").EnumerateArray().ToList();
        Assert.All(transfers, t => Assert.Contains(t.GetProperty("evidence")[0].GetProperty("article_id").GetString(), articles));
        var routed = Assert.Single(transfers, t => t.GetProperty("route").GetArrayLength() > 0);
        var legs = routed.GetProperty("legs").EnumerateArray().ToList();
        var route = routed.GetProperty("route").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(route.Count - 1, legs.Count);
        for (var i = 0; i < legs.Count; i++)
        {
            Assert.Equal((i + 1, route[i], route[i + 1]), (legs[i].GetProperty("order").GetInt32(), legs[i].GetProperty("from").GetString(), legs[i].GetProperty("to").GetString()));
        }

        // "par bateau de Rajin à Dunay", then "par train près de Tikhoretsk".
        Assert.Equal(["sea", "rail"], legs.Select(l => l.GetProperty("mode").GetString()));

        Assert.Contains(root.GetProperty("claims").GetProperty("items").EnumerateArray(), q => q.GetProperty("text").GetString()!.StartsWith("Nous condamnons", StringComparison.Ordinal));
        Assert.Contains(root.GetProperty("graph").EnumerateArray(), r => r.GetProperty("source").GetString() == "PRK" && r.GetProperty("target").GetString() == "RUS");
        Assert.Contains(root.GetProperty("places").EnumerateArray(), p => p.GetProperty("id").GetString() == route[0]);
        Assert.NotEmpty(root.GetProperty("timeline").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/events")]
    [InlineData("/api/transfers")]
    [InlineData("/api/articles")]
    public async Task The_story_filter_splits_a_list_between_the_stories(string path)
    {
        using var all = await Json($"{path}?limit=500");
        using var stories = await Json("/api/stories");

        long sum = 0;
        foreach (var story in stories.RootElement.GetProperty("items").EnumerateArray())
        {
            using var part = await Json($"{path}?limit=500&story={story.GetProperty("id").GetString()}");
            sum += part.RootElement.GetProperty("total").GetInt64();
        }

        Assert.Equal(all.RootElement.GetProperty("total").GetInt64(), sum);
    }

    [Fact]
    public async Task Every_fact_row_counts_the_articles_that_state_the_same_fact()
    {
        var rows = new List<(string Fact, string Article, long Independent, long Sources)>();
        foreach (var path in (string[])["/api/quotes", "/api/events", "/api/transfers"])
        {
            using var page = await Json($"{path}?limit=500");
            foreach (var row in page.RootElement.GetProperty("items").EnumerateArray())
            {
                if (row.GetProperty("fact") is { ValueKind: JsonValueKind.Object } fact)
                {
                    // A transfer's evidence is a list of spans of one article; the others' is one span.
                    var source = row.GetProperty("evidence") is { ValueKind: JsonValueKind.Array } spans ? spans[0] : row.GetProperty("evidence");
                    rows.Add((fact.GetProperty("id").GetString()!, source.GetProperty("article_id").GetString()!,
                        fact.GetProperty("independent_sources").GetInt64(), fact.GetProperty("sources").GetInt64()));
                }
            }
        }

        Assert.NotEmpty(rows);
        // No test article copies another, so each article stating a fact is an independent source.
        foreach (var fact in rows.GroupBy(r => r.Fact))
        {
            var articles = fact.Select(r => r.Article).Distinct().Count();
            Assert.All(fact, r => Assert.Equal((articles, fact.Count()), (r.Independent, r.Sources)));
        }

        Assert.Contains(rows.GroupBy(r => r.Fact), f => f.Select(r => r.Article).Distinct().Count() > 1);
    }

    [Fact]
    public async Task The_timeline_of_a_story_holds_facts_its_articles_state()
    {
        var id = await StoryOf("Rajin");
        using var story = await Json($"/api/stories/{id}");
        var articles = story.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToHashSet();

        using var timeline = await Json($"/api/timeline?story={id}");

        var entries = timeline.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains(e.GetProperty("fact").GetProperty("sources").EnumerateArray(), s => articles.Contains(s.GetProperty("article_id").GetString())));
        var dates = entries.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("/api/stories/story-000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("/api/stories/PRK", HttpStatusCode.BadRequest, "invalid_parameter")]
    [InlineData("/api/quotes?story=story-XYZ", HttpStatusCode.BadRequest, "invalid_parameter")]
    [InlineData("/api/transfers?story=%3Cscript%3E", HttpStatusCode.BadRequest, "invalid_parameter")]
    [InlineData("/api/timeline?story=1", HttpStatusCode.BadRequest, "invalid_parameter")]
    [InlineData("/api/contradictions?story=story-", HttpStatusCode.BadRequest, "invalid_parameter")]
    [InlineData("/api/stories?limit=0", HttpStatusCode.BadRequest, "invalid_parameter")]
    public async Task A_bad_or_unknown_story_is_a_problem_with_a_code(string url, HttpStatusCode status, string code)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }

    /// <summary>The story of the article whose text contains <paramref name="words"/>.</summary>
    private async Task<string> StoryOf(string words)
    {
        using var hits = await Json($"/api/search?q={Uri.EscapeDataString(words)}");
        var article = hits.RootElement[0].GetProperty("article_id").GetString();
        using var stories = await Json("/api/stories");
        foreach (var story in stories.RootElement.GetProperty("items").EnumerateArray())
        {
            var id = story.GetProperty("id").GetString()!;
            using var articles = await Json($"/api/articles?story={id}");
            if (articles.RootElement.GetProperty("items").EnumerateArray().Any(a => a.GetProperty("id").GetString() == article))
            {
                return id;
            }
        }

        throw new Xunit.Sdk.XunitException($"no story holds the article with {words}");
    }

    private async Task<JsonDocument> Json(string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
