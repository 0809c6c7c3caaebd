using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dossier.Web.Hosting;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>POST /api/articles on a real server: who may add, what is accepted, what is refused.</summary>
public sealed class IngestApiTests(EmptyStoreServer shared) : IClassFixture<EmptyStoreServer>, IDisposable
{
    private const string Article = """
        Published March 4, 2024
        Turnout rises in Portuguese municipal elections

        LISBON, March 3, 2024 — Voters in Portugal turned out in larger numbers than expected for municipal elections on Sunday, officials said.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_article_posted_on_loopback_is_stored_once_and_can_be_read()
    {
        var server = shared;

        using var first = await Post(server.Client, new { text = Article, source = "test:portugal", language = "en" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var stored = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var id = stored.RootElement.GetProperty("id").GetString();
        Assert.Equal($"/api/articles/{id}", first.Headers.Location?.OriginalString);

        using var again = await Post(server.Client, new { text = Article });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already_stored", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var record = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));
        Assert.Equal("test:portugal", record.RootElement.GetProperty("source").GetString());
        Assert.Contains(record.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "PRT");
    }

    [Fact]
    public async Task Html_is_cleaned_before_it_is_stored()
    {
        var server = shared;
        var html = "<html><head><title>Vote</title><script>var x = 1;</script></head><body><article><p>" +
            "LISBON, March 3, 2024 — Voters in Portugal turned out in larger numbers than expected for municipal elections on Sunday, officials said.</p></article></body></html>";

        using var response = await Post(server.Client, new { html });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var stored = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var record = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri($"/api/articles/{stored.RootElement.GetProperty("id").GetString()}", UriKind.Relative)));
        var text = record.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("Voters in Portugal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"title":"no text"}""", "invalid_article")]
    [InlineData("""{"text":"a","html":"<p>b</p>"}""", "invalid_article")]
    [InlineData("""{"text":"   "}""", "invalid_article")]
    [InlineData("""{"text":"Voters went to the polls.","published":"yesterday"}""", "invalid_article")]
    [InlineData("""{"text":"Voters went to the polls.","language":"english"}""", "invalid_article")]
    [InlineData("""{"text":42}""", "invalid_article")]
    [InlineData("""{"text":"unterminated""", "invalid_article")]
    [InlineData("""[1,2,3]""", "invalid_article")]
    [InlineData("""null""", "invalid_article")]
    public async Task A_body_that_is_not_an_article_is_a_400_with_a_reason(string body, string code)
    {
        using var response = await shared.Client.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await Code(response));
    }

    [Fact]
    public async Task Bodies_beyond_the_bound_and_other_media_types_are_refused()
    {
        var server = shared;

        using var large = await Post(server.Client, new { text = new string('a', EmptyStoreServer.MaxArticleBytes + 1) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("payload_too_large", await Code(large));

        using var form = await server.Client.PostAsync(new Uri("/api/articles", UriKind.Relative), new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal("unsupported_media_type", await Code(form));
    }

    [Fact]
    public async Task With_a_token_configured_only_its_holder_may_add_articles()
    {
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        using var server = ServerProcess.Start(Path.Combine(folder.Path, "store.db"), new Dictionary<string, string> { ["DOSSIER_API_TOKEN"] = token });

        using var anonymous = await Post(server.Client, new { text = Article });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("unauthorized", await Code(anonymous));

        using var wrong = await Post(server.Client, new { text = Article }, "not-" + token);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var holder = await Post(server.Client, new { text = Article }, token);
        Assert.Equal(HttpStatusCode.Created, holder.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://example.invalid:5080", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, Loopback.IsLoopback(url));

    private static async Task<HttpResponseMessage> Post(HttpClient client, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string?> Code(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("code").GetString();
    }
}
