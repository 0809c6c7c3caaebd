using System.Text.Json;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Api;

/// <summary>Where sources disagree, on the demo store: its munitions story has a denial against assertions.</summary>
public sealed class DisagreementApiTests(DemoStoreServer demo) : IClassFixture<DemoStoreServer>
{
    [Fact]
    public async Task Rows_say_where_the_sources_of_their_fact_disagree()
    {
        using var contradictions = await Json("/api/contradictions");
        var reasons = contradictions.RootElement.EnumerateArray()
            .ToDictionary(c => c.GetProperty("fact").GetProperty("id").GetString()!, c => c.GetProperty("reason").GetString());
        Assert.NotEmpty(reasons);

        using var events = await Json("/api/events?limit=500");
        using var transfers = await Json("/api/transfers?limit=500");
        var facts = events.RootElement.GetProperty("items").EnumerateArray().Concat(transfers.RootElement.GetProperty("items").EnumerateArray())
            .Select(r => r.GetProperty("fact")).Where(f => f.ValueKind == JsonValueKind.Object).ToList();
        Assert.All(facts, f => Assert.Equal(reasons.GetValueOrDefault(f.GetProperty("id").GetString()!), f.GetProperty("disagreement").GetString()));
        Assert.Contains(facts, f => f.GetProperty("disagreement").ValueKind == JsonValueKind.String);
    }

    private async Task<JsonDocument> Json(string url) =>
        JsonDocument.Parse(await demo.Client.GetStringAsync(new Uri(url, UriKind.Relative)));
}
