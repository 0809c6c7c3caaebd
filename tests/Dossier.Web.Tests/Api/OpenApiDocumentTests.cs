using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>The served OpenAPI document is the one committed in src/Dossier.Web/openapi.json.</summary>
public sealed class OpenApiDocumentTests(StoreServer server) : IClassFixture<StoreServer>
{
    /// <summary>Set to 1 to rewrite the committed document from the server (then review the diff).</summary>
    private const string UpdateVariable = "DOSSIER_UPDATE_SNAPSHOTS";

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        var served = (await server.Client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative))).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var committed = Repository.File("src", "Dossier.Web", "openapi.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(committed, served);
        }

        Assert.True(File.Exists(committed), $"{committed} is missing: run the tests with {UpdateVariable}=1 to write it.");
        Assert.True(
            (await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n") == served,
            $"The API changed: run the tests with {UpdateVariable}=1 to rewrite {committed}, and review the diff.");
    }

    [Fact]
    public async Task The_document_describes_every_resource()
    {
        using var document = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/openapi.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            [
                "/api/articles", "/api/articles/{id}", "/api/articles/{id}/copies", "/api/contradictions", "/api/entities", "/api/entities/{id}", "/api/events", "/api/places",
                "/api/quotes", "/api/relations", "/api/search", "/api/stories", "/api/stories/{id}", "/api/timeline", "/api/transfers",
            ],
            paths.Order(StringComparer.Ordinal));
        Assert.False(document.RootElement.TryGetProperty("servers", out _));
    }
}
