using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Records;
using Dossier.Web.Geo;

namespace Dossier.Web.Exports;

/// <summary>
/// FollowTheMoney entities, one JSON object per line ({"id", "schema", "properties"} with every
/// property a list of strings), as Aleph and the OpenSanctions tools read them: each article an
/// Article; people Person; organizations Organization; countries PublicBody with their
/// jurisdiction; places Address with coordinates; each transfer an UnknownLink from supplier to
/// recipient, and each event an Event, both with the article as proof.
/// </summary>
internal static class FtmExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static long Write(IEnumerable<ExtractionRecord> records, Stream output) => Write(records, output, PlaceBook.Default);

    public static long Write(IEnumerable<ExtractionRecord> records, Stream output, PlaceBook places)
    {
        var tally = new EntityTally();
        long count = 0;
        var buffered = new List<Action<Utf8JsonWriter>>();
        foreach (var record in records)
        {
            tally.Add(record);
            var article = ArticleEntity(record);
            Line(output, article.Write);
            count++;
            for (var i = 0; i < record.Transfers.Count; i++)
            {
                if (Transfer(record, i, article.Id) is { } link)
                {
                    buffered.Add(link);
                }
            }

            for (var i = 0; i < record.Events.Count; i++)
            {
                buffered.Add(Event(record, i, article.Id));
            }
        }

        // Parties first, then the links that point at them, so a reader can resolve as it goes.
        foreach (var entity in tally.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (Party(entity, places) is { } party)
            {
                Line(output, party);
                count++;
            }
        }

        foreach (var link in buffered)
        {
            Line(output, link);
            count++;
        }

        return count;
    }

    /// <summary>The FtM id of an entity id: a prefix and the id with its separators kept safe.</summary>
    public static string EntityId(string id) => "dossier-" + new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]) + "-" + Short(id);

    /// <summary>The schema an entity type becomes, or null for what FtM does not model (weapons, events as names).</summary>
    public static string? SchemaOf(string type, string id, PlaceBook places) => type switch
    {
        "PERSON" => "Person",
        "ORG" => "Organization",
        "GPE" when places.IsCountry(id) => "PublicBody",
        "GPE" or "LOC" or "FAC" => "Address",
        "OTHER" when places.IsCountry(id) => "PublicBody",
        "OTHER" => "LegalEntity",
        _ => null,
    };

    private static (string Id, Action<Utf8JsonWriter> Write) ArticleEntity(ExtractionRecord record)
    {
        var id = "dossier-article-" + CsvExport.ArticleId(record);
        return (id, json => Entity(json, id, "Article", p =>
        {
            p("title", record.Title ?? record.Source);
            p("publishedAt", record.Published);
            p("language", record.Language);
            p("sourceUrl", record.Source.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? record.Source : null);
            p("fileName", record.Source.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : record.Source);
            p("bodyText", record.Text);
        }));
    }

    private static Action<Utf8JsonWriter>? Party(TalliedEntity entity, PlaceBook places)
    {
        if (SchemaOf(entity.Type, entity.Id, places) is not { } schema)
        {
            return null;
        }

        return json => Entity(json, EntityId(entity.Id), schema, p =>
        {
            p(schema == "Address" ? "full" : "name", entity.Name);
            p(schema == "PublicBody" ? "jurisdiction" : "country", places.CountryCode(entity.Id));
            if (schema == "Address" && places.Locate(entity.Id) is { } point)
            {
                p("latitude", point.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                p("longitude", point.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }

            p(entity.Id.StartsWith("wikidata:", StringComparison.Ordinal) ? "wikidataId" : "notes", entity.Id.StartsWith("wikidata:", StringComparison.Ordinal) ? entity.Id["wikidata:".Length..] : $"dossier id {entity.Id}");
        });
    }

    private static Action<Utf8JsonWriter>? Transfer(ExtractionRecord record, int ordinal, string articleId)
    {
        var t = record.Transfers[ordinal];
        if (t.Supplier is null || t.Recipient is null)
        {
            return null;
        }

        var id = $"{articleId}-transfer-{ordinal}";
        var evidence = t.Evidence.Count > 0 ? CsvExport.Slice(record.Text, t.Evidence[0].Start, t.Evidence[0].End) : null;
        return json => Entity(json, id, "UnknownLink", p =>
        {
            p("subject", EntityId(t.Supplier));
            p("object", EntityId(t.Recipient));
            p("role", $"supplies {string.Join(", ", t.Items)} ({t.Status})");
            p("startDate", Iso(t.Period?.From));
            p("endDate", Iso(t.Period?.To));
            p("summary", evidence);
            p("proof", articleId);
        });
    }

    private static Action<Utf8JsonWriter> Event(ExtractionRecord record, int ordinal, string articleId)
    {
        var e = record.Events[ordinal];
        var id = $"{articleId}-event-{ordinal}";
        return json => Entity(json, id, "Event", p =>
        {
            p("name", $"{e.Type} ({e.Status})");
            p("summary", CsvExport.Slice(record.Text, e.Evidence.Start, e.Evidence.End));
            p("date", Iso(e.When));
            p("involved", e.Actor is null ? null : EntityId(e.Actor));
            p("involved", e.Target is null ? null : EntityId(e.Target));
            p("proof", articleId);
        });
    }

    // FtM dates are ISO 8601 prefixes; a TIMEX3 value with an unknown year ("XXXX-09") or a duration is not one.
    private static string? Iso(string? value) =>
        value is { Length: >= 4 } && value.Take(4).All(char.IsAsciiDigit) && !value.Contains('X', StringComparison.Ordinal) ? value : null;

    private static void Entity(Utf8JsonWriter json, string id, string schema, Action<Action<string, string?>> properties)
    {
        var values = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        properties((name, value) =>
        {
            if (!string.IsNullOrEmpty(value))
            {
                (values.TryGetValue(name, out var list) ? list : values[name] = []).Add(value);
            }
        });
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("schema", schema);
        json.WriteStartObject("properties");
        foreach (var (name, list) in values)
        {
            json.WriteStartArray(name);
            foreach (var value in list)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Line(Stream output, Action<Utf8JsonWriter> write)
    {
        using (var json = new Utf8JsonWriter(output, Options))
        {
            write(json);
        }

        output.WriteByte((byte)'\n');
    }

    private static string Short(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 4));
}
