using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Exports;

/// <summary>`dossier export` in each format, each read back by a reader that does not share the writer's code.</summary>
public sealed class ExportCommandTests(TestStore store) : IClassFixture<TestStore>
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Jsonl_is_one_contract_record_per_article()
    {
        var lines = Export("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var record = JsonDocument.Parse(line);
            foreach (var field in (string[])["id", "source", "text", "entities", "quantities", "times", "quotes", "events", "transfers"])
            {
                Assert.True(record.RootElement.TryGetProperty(field, out _), $"no {field}");
            }
        }
    }

    [Fact]
    public void Csv_tables_are_strict_rfc4180_and_keep_the_evidence()
    {
        var records = Records();
        foreach (var table in (string[])["transfers", "quotes", "events"])
        {
            var rows = StrictCsv.Parse(Export("csv", "--table", table));
            var header = rows[0];
            Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
            Assert.True(rows.Count > 1, $"no {table}");
            foreach (var row in rows.Skip(1))
            {
                var field = header.ToDictionary(h => h, h => row[header.IndexOf(h)]);
                var text = records[field["article_id"]];
                // The words written are the article's own, quotes and commas included.
                var (start, end, words) = table == "quotes"
                    ? (field["start"], field["end"], field["text"])
                    : (field["evidence_start"], field["evidence_end"], field["evidence_text"]);
                Assert.Equal(text[int.Parse(start, CultureInfo.InvariantCulture)..int.Parse(end, CultureInfo.InvariantCulture)], words);
            }
        }

        var transfers = StrictCsv.Parse(Export("csv", "--table", "transfers"));
        var route = transfers[0].IndexOf("route");
        Assert.Contains(transfers, r => r[route] == "geonames:2042645; geonames:2024800; geonames:483029");
        var (legs, modes) = (transfers[0].IndexOf("legs"), transfers[0].IndexOf("modes"));
        var routed = Assert.Single(transfers, r => r[route] == "geonames:2042645; geonames:2024800; geonames:483029");
        Assert.Equal("geonames:2042645 > geonames:2024800 (sea); geonames:2024800 > geonames:483029 (rail)", routed[legs]);
        Assert.Equal("sea; rail", routed[modes]);
    }

    [Fact]
    public void Graphml_has_entities_and_counted_relations()
    {
        var document = XDocument.Parse(Export("graphml"));

        var root = document.Root!;
        Assert.Equal(GraphMl + "graphml", root.Name);
        var keys = root.Elements(GraphMl + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var graph = root.Element(GraphMl + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(GraphMl + "node").ToDictionary(n => (string)n.Attribute("id")!);
        var edges = graph.Elements(GraphMl + "edge").ToList();
        Assert.All(graph.Descendants(GraphMl + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        Assert.All(edges, e =>
        {
            Assert.True(nodes.ContainsKey((string)e.Attribute("source")!));
            Assert.True(nodes.ContainsKey((string)e.Attribute("target")!));
        });
        Assert.Equal("North Korea", Data(nodes["PRK"], "name"));
        Assert.Equal("3", Data(nodes["PRK"], "articles"));
        var supplies = Assert.Single(edges, e => (string?)e.Attribute("source") == "PRK" && (string?)e.Attribute("target") == "RUS" && Data(e, "kind") == "TRANSFER");
        Assert.True(int.Parse(Data(supplies, "count")!, CultureInfo.InvariantCulture) >= 3);
    }

    [Fact]
    public void Geojson_has_places_as_points_and_routes_as_linestrings()
    {
        using var document = JsonDocument.Parse(Export("geojson"));

        var root = document.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
            var geometry = feature.GetProperty("geometry");
            var positions = geometry.GetProperty("type").GetString() switch
            {
                "Point" => [geometry.GetProperty("coordinates")],
                "LineString" => geometry.GetProperty("coordinates").EnumerateArray().ToList(),
                var other => throw new Xunit.Sdk.XunitException($"unexpected geometry {other}"),
            };
            Assert.NotEmpty(positions);
            Assert.All(positions, p =>
            {
                Assert.Equal(2, p.GetArrayLength());
                Assert.InRange(p[0].GetDouble(), -180, 180);
                Assert.InRange(p[1].GetDouble(), -90, 90);
            });
        }

        var route = Assert.Single(features, f => f.GetProperty("properties").GetProperty("kind").GetString() == "route");
        Assert.Equal(3, route.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        Assert.Equal("PRK", route.GetProperty("properties").GetProperty("supplier").GetString());
        // Rajin, the first stop: longitude first.
        var first = route.GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.InRange(first[0].GetDouble(), 130, 131);
        Assert.InRange(first[1].GetDouble(), 42, 43);
        Assert.Contains(features, f => f.GetProperty("id").GetString() == "PRK" && f.GetProperty("properties").GetProperty("kind").GetString() == "country");
    }

    [Fact]
    public void Geojson_has_each_leg_of_a_route_with_its_mode()
    {
        using var document = JsonDocument.Parse(Export("geojson"));

        var legs = document.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "route_leg")
            .Select(f => f.GetProperty("properties"))
            .Select(p => (p.GetProperty("order").GetInt32(), p.GetProperty("from").GetString(), p.GetProperty("to").GetString(), p.GetProperty("mode").GetString()));
        Assert.Equal([(1, "geonames:2042645", "geonames:2024800", "sea"), (2, "geonames:2024800", "geonames:483029", "rail")], legs);
    }

    [Fact]
    public void Ftm_entities_have_schemas_string_lists_and_resolvable_references()
    {
        var lines = Export("ftm").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entities = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        string[] schemas = ["Article", "Person", "Organization", "PublicBody", "LegalEntity", "Address", "UnknownLink", "Event"];

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            Assert.True(ids.Add(entity.GetProperty("id").GetString()!), "ids are unique");
            Assert.Contains(entity.GetProperty("schema").GetString(), schemas);
            foreach (var property in entity.GetProperty("properties").EnumerateObject())
            {
                Assert.Equal(JsonValueKind.Array, property.Value.ValueKind);
                Assert.All(property.Value.EnumerateArray(), v => Assert.False(string.IsNullOrEmpty(v.GetString())));
            }
        }

        foreach (var entity in entities)
        {
            foreach (var reference in (string[])["subject", "object", "proof", "involved"])
            {
                if (entity.GetProperty("properties").TryGetProperty(reference, out var targets))
                {
                    Assert.All(targets.EnumerateArray(), t => Assert.Contains(t.GetString()!, ids));
                }
            }
        }

        var northKorea = Assert.Single(entities, e => e.GetProperty("schema").GetString() == "PublicBody" && Values(e, "name").Contains("North Korea"));
        Assert.Equal(["kp"], Values(northKorea, "jurisdiction"));
        var link = entities.First(e => e.GetProperty("schema").GetString() == "UnknownLink" && Values(e, "subject").SequenceEqual([northKorea.GetProperty("id").GetString()]));
        Assert.Contains("supplies", Values(link, "role")[0], StringComparison.Ordinal);
        Assert.Equal(3, entities.Count(e => e.GetProperty("schema").GetString() == "Article"));
    }

    [Fact]
    public void Every_format_restricted_to_a_story_holds_only_its_articles()
    {
        var texts = Records();
        var stories = Stories();
        Assert.True(stories.Count >= 2, $"{stories.Count} story(ies): the restriction would show nothing");
        foreach (var (story, articles) in stories)
        {
            var jsonl = Export("jsonl", "--story", story).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(articles.Order(StringComparer.Ordinal), jsonl.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));

            foreach (var table in (string[])["transfers", "quotes", "events"])
            {
                var rows = StrictCsv.Parse(Export("csv", "--table", table, "--story", story));
                var article = rows[0].IndexOf("article_id");
                Assert.All(rows.Skip(1), row => Assert.Contains(row[article], articles));
            }

            // Gephi's nodes count the story's articles only.
            var graph = XDocument.Parse(Export("graphml", "--story", story));
            var northKorea = graph.Descendants(GraphMl + "node").Single(n => (string?)n.Attribute("id") == "PRK");
            var mentioning = articles.Count(a => texts[a].Contains("Corée du Nord", StringComparison.Ordinal) || texts[a].Contains("North Korea", StringComparison.Ordinal));
            Assert.Equal(mentioning.ToString(CultureInfo.InvariantCulture), Data(northKorea, "articles"));

            // Only the French article states a route: its story alone has a route LineString.
            using var geojson = JsonDocument.Parse(Export("geojson", "--story", story));
            var lines = geojson.RootElement.GetProperty("features").EnumerateArray().Count(f => f.GetProperty("properties").GetProperty("kind").GetString() == "route");
            Assert.Equal(articles.Any(a => texts[a].Contains("Rajin", StringComparison.Ordinal)) ? 1 : 0, lines);

            var ftm = Export("ftm", "--story", story).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(articles.Count, ftm.Count(e => e.GetProperty("schema").GetString() == "Article"));
        }
    }

    [Fact]
    public void An_unknown_story_is_refused()
    {
        var (exitCode, _, error) = DossierCommand.Run("export", "--format", "jsonl", "--story", "story-000000000000", "--db", store.Database);

        Assert.Equal(4, exitCode);
        Assert.Contains("story-000000000000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_store_or_an_unknown_format_is_refused()
    {
        var (missing, _, error) = DossierCommand.Run("export", "--format", "jsonl", "--db", Path.Combine(store.Folder, "nothing.db"));
        Assert.Equal(3, missing);
        Assert.Contains("nothing.db", error, StringComparison.Ordinal);

        var (unknown, _, _) = DossierCommand.Run("export", "--format", "xlsx", "--db", store.Database);
        Assert.Equal(2, unknown);
    }

    private string Export(string format, params string[] more)
    {
        var output = Path.Combine(store.Folder, $"export-{Guid.NewGuid():N}.{format}");
        var (exitCode, _, error) = DossierCommand.Run(["export", "--format", format, .. more, "--db", store.Database, "-o", output]);
        Assert.True(exitCode == 0, error);
        return File.ReadAllText(output);
    }

    /// <summary>Article id → text, read from the JSON Lines export.</summary>
    private Dictionary<string, string> Records() => Export("jsonl")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => JsonDocument.Parse(line).RootElement)
        .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("text").GetString()!);

    /// <summary>Story id → its articles' ids, as `dossier stories` and `dossier story` list them.</summary>
    private Dictionary<string, List<string>> Stories()
    {
        var (exitCode, output, error) = DossierCommand.Run("stories", "--json", "--db", store.Database);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToDictionary(id => id, id =>
        {
            var (code, story, problem) = DossierCommand.Run("story", id, "--json", "--db", store.Database);
            Assert.True(code == 0, problem);
            return JsonDocument.Parse(story).RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        });
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(GraphMl + "data").FirstOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    private static List<string> Values(JsonElement entity, string property) =>
        entity.GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}
