using System.Net;
using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>The read API of a real `dossier serve` over a store of three test articles.</summary>
public sealed class ReadApiTests(StoreServer server) : IClassFixture<StoreServer>
{
    [Fact]
    public async Task Articles_are_listed_with_paging_and_counts()
    {
        using var page = await Json("/api/articles?limit=2");

        Assert.Equal(3, page.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal("2023-10-22", page.RootElement.GetProperty("items")[0].GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("language=fr", 1)]
    [InlineData("entity=GBR", 1)]
    [InlineData("entity=PRK", 3)]
    [InlineData("from=2023-10-15", 2)]
    [InlineData("to=2023-10-20", 2)]
    [InlineData("from=2023-10&to=2023-10", 3)]
    public async Task Articles_are_filtered_by_entity_language_and_date(string query, int expected)
    {
        using var page = await Json($"/api/articles?{query}");

        Assert.Equal(expected, page.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_article_comes_with_its_layers()
    {
        var id = await FirstArticleId("language=fr");

        using var article = await Json($"/api/articles/{id}");

        var root = article.RootElement;
        Assert.Equal("fr", root.GetProperty("language").GetString());
        Assert.Contains(root.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "PRK");
        Assert.True(root.GetProperty("transfers").GetArrayLength() > 0);
        Assert.Contains("Rajin", root.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfers_carry_their_route_status_and_evidence()
    {
        using var page = await Json("/api/transfers?supplier=PRK&recipient=RUS&status=reported");

        // Both test articles report a shipment from PRK to RUS; the French one states its route.
        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, t => Assert.Equal("reported", t.GetProperty("status").GetString()));
        var transfer = Assert.Single(items, t => t.GetProperty("route").GetArrayLength() > 0);
        Assert.Equal(["geonames:2042645", "geonames:2024800", "geonames:483029"], transfer.GetProperty("route").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("North Korea", transfer.GetProperty("supplier_name").GetString());
        var evidence = transfer.GetProperty("evidence")[0];
        Assert.True(evidence.GetProperty("end").GetInt32() > evidence.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task A_transfers_legs_carry_the_mode_its_article_states()
    {
        using var page = await Json("/api/transfers?supplier=PRK&recipient=RUS&status=reported");

        var transfer = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray(), t => t.GetProperty("route").GetArrayLength() > 0);
        var legs = transfer.GetProperty("legs").EnumerateArray()
            .Select(l => (l.GetProperty("order").GetInt32(), l.GetProperty("from").GetString(), l.GetProperty("to").GetString(), l.GetProperty("mode").GetString()));
        Assert.Equal([(1, "geonames:2042645", "geonames:2024800", "sea"), (2, "geonames:2024800", "geonames:483029", "rail")], legs);
    }

    [Fact]
    public async Task Quotes_are_found_by_speaker()
    {
        using var page = await Json("/api/quotes?entity=local:john-kirby&type=direct");

        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, q => q.GetProperty("text").GetString()!.StartsWith("Nous condamnons", StringComparison.Ordinal));
        Assert.All(items, q => Assert.True(q.GetProperty("direct").GetBoolean()));
    }

    [Fact]
    public async Task Events_are_filtered_by_type_and_status()
    {
        using var page = await Json("/api/events?type=REJECT&status=denied");

        var denial = Assert.Single(page.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("RUS", "PRK"), (denial.GetProperty("actor").GetString(), denial.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Entities_are_listed_and_one_has_its_mentions_over_time()
    {
        using var list = await Json("/api/entities?type=GPE&limit=500");
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == "RUS");

        using var entity = await Json("/api/entities/PRK");
        var root = entity.RootElement;
        Assert.Equal(3, root.GetProperty("entity").GetProperty("articles").GetInt32());
        Assert.Equal("2023-10", root.GetProperty("mentions_by_month")[0].GetProperty("month").GetString());
        Assert.True(root.GetProperty("transfers").GetProperty("total").GetInt32() >= 3);
    }

    [Fact]
    public async Task Relations_count_who_accuses_and_supplies_whom()
    {
        using var relations = await Json("/api/relations");

        Assert.Contains(relations.RootElement.EnumerateArray(), r =>
            r.GetProperty("source").GetString() == "PRK" && r.GetProperty("target").GetString() == "RUS" && r.GetProperty("kind").GetString() == "TRANSFER"
            && r.GetProperty("count").GetInt32() >= 3);
    }

    [Fact]
    public async Task Places_have_coordinates_for_countries_and_towns()
    {
        using var places = await Json("/api/places");

        var byId = places.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("country", byId["PRK"].GetProperty("kind").GetString());
        var dunay = byId["geonames:2024800"];
        Assert.Equal("place", dunay.GetProperty("kind").GetString());
        Assert.InRange(dunay.GetProperty("latitude").GetDouble(), 42, 44);
        Assert.InRange(dunay.GetProperty("longitude").GetDouble(), 131, 133);
    }

    [Fact]
    public async Task Search_finds_words_without_their_accents()
    {
        using var hits = await Json("/api/search?q=coree&language=fr");

        Assert.Single(hits.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Unknown_things_are_404_problems_with_a_code()
    {
        var (status, problem) = await Problem("/api/articles/0123456789abcdef0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", problem);

        (status, problem) = await Problem("/api/articles/0123456789abcdef0123456789abcdef/copies");
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (status, problem));

        (status, problem) = await Problem("/api/entities/local:nobody");
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (status, problem));

        (status, problem) = await Problem("/api/no-such-thing");
        Assert.Equal((HttpStatusCode.NotFound, "not_found"), (status, problem));
    }

    [Theory]
    [InlineData("/api/articles/x%27y/copies")]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/articles?limit=501")]
    [InlineData("/api/articles?limit=ten")]
    [InlineData("/api/articles?offset=-1")]
    [InlineData("/api/articles?offset=99999999999999999999")]
    [InlineData("/api/articles?from=14/10/2023")]
    [InlineData("/api/articles?to=2023-13")]
    [InlineData("/api/articles?language=french")]
    [InlineData("/api/articles?entity=%27%3B%20DROP%20TABLE%20articles")]
    [InlineData("/api/articles/not-an-id")]
    [InlineData("/api/entities?type=person")]
    [InlineData("/api/entities/a%20b")]
    [InlineData("/api/quotes?type=indirect")]
    [InlineData("/api/events?type=HUG")]
    [InlineData("/api/events?status=true")]
    [InlineData("/api/transfers?supplier=")]
    [InlineData("/api/transfers?status=maybe")]
    [InlineData("/api/transfers?article=XYZ")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=obus&limit=-5")]
    public async Task Invalid_input_is_a_400_with_a_reason(string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_parameter", problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_syntax_in_the_query_is_only_words()
    {
        using var hits = await Json("/api/search?q=%22NEAR(%20-obus%20*%20OR");

        Assert.Equal(JsonValueKind.Array, hits.RootElement.ValueKind);
    }

    private async Task<string> FirstArticleId(string query)
    {
        using var page = await Json($"/api/articles?{query}");
        return page.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private async Task<JsonDocument> Json(string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private async Task<(HttpStatusCode Status, string? Code)> Problem(string url)
    {
        using var response = await server.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, problem.RootElement.GetProperty("code").GetString());
    }
}
