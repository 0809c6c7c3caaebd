using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Records;
using Dossier.Store.Queries;
using Dossier.Web.Geo;

namespace Dossier.Web.Exports;

/// <summary>
/// GeoJSON (RFC 7946) for QGIS: a FeatureCollection of Points for the countries and places the
/// articles mention, and of LineStrings for transfer routes, one per transfer whose stated route
/// has at least two places on the map (kind "route"), then one per leg between two placed places
/// (kind "route_leg") with its mode, so that QGIS can style each leg by how it was travelled.
/// Coordinates are [longitude, latitude], WGS 84.
/// </summary>
internal static class GeoJsonExport
{
    public static long Write(IEnumerable<ExtractionRecord> records, Stream output) => Write(records, output, PlaceBook.Default);

    public static long Write(IEnumerable<ExtractionRecord> records, Stream output, PlaceBook places)
    {
        var tally = new EntityTally();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long count = 0;
        foreach (var record in records)
        {
            tally.Add(record);
            for (var i = 0; i < record.Transfers.Count; i++)
            {
                if (Route(record, i, places, json))
                {
                    count++;
                }

                count += Legs(record, i, places, json);
            }
        }

        foreach (var entity in tally.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (places.Locate(entity.Id) is { } point)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", entity.Id);
                Geometry(json, "Point", () => Position(json, point));
                json.WriteStartObject("properties");
                json.WriteString("kind", places.IsCountry(entity.Id) ? "country" : "place");
                json.WriteString("entity_id", entity.Id);
                json.WriteString("name", entity.Name);
                json.WriteNumber("articles", entity.Articles);
                json.WriteNumber("mentions", entity.Mentions);
                json.WriteEndObject();
                json.WriteEndObject();
                count++;
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return count;
    }

    private static bool Route(ExtractionRecord record, int ordinal, PlaceBook places, Utf8JsonWriter json)
    {
        var transfer = record.Transfers[ordinal];
        var stops = transfer.Route.Select(id => (Id: id, Point: places.Locate(id))).Where(s => s.Point is not null).ToList();
        if (stops.Count < 2)
        {
            return false;
        }

        var articleId = CsvExport.ArticleId(record);
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", $"{articleId}/transfers/{ordinal}");
        Geometry(json, "LineString", () =>
        {
            foreach (var stop in stops)
            {
                Position(json, stop.Point!.Value);
            }
        });
        json.WriteStartObject("properties");
        json.WriteString("kind", "route");
        json.WriteString("supplier", transfer.Supplier);
        json.WriteString("recipient", transfer.Recipient);
        json.WriteString("items", string.Join("; ", transfer.Items));
        json.WriteString("status", transfer.Status);
        json.WriteString("route", string.Join("; ", stops.Select(s => s.Id)));
        json.WriteString("article_id", articleId);
        json.WriteString("source", record.Source);
        json.WriteString("published", record.Published);
        json.WriteEndObject();
        json.WriteEndObject();
        return true;
    }

    /// <summary>One LineString per leg whose two ends are on the map; a record stored before legs existed has its route cut into legs of unknown mode.</summary>
    private static int Legs(ExtractionRecord record, int ordinal, PlaceBook places, Utf8JsonWriter json)
    {
        var transfer = record.Transfers[ordinal];
        var articleId = CsvExport.ArticleId(record);
        var written = 0;
        foreach (var leg in RouteLeg.Of(transfer))
        {
            if (leg.From is null || places.Locate(leg.From) is not { } from || places.Locate(leg.To) is not { } to)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", $"{articleId}/transfers/{ordinal}/legs/{leg.Order}");
            Geometry(json, "LineString", () =>
            {
                Position(json, from);
                Position(json, to);
            });
            json.WriteStartObject("properties");
            json.WriteString("kind", "route_leg");
            json.WriteNumber("order", leg.Order);
            json.WriteString("from", leg.From);
            json.WriteString("to", leg.To);
            json.WriteString("mode", leg.Mode);
            json.WriteString("supplier", transfer.Supplier);
            json.WriteString("recipient", transfer.Recipient);
            json.WriteString("items", string.Join("; ", transfer.Items));
            json.WriteString("status", transfer.Status);
            json.WriteString("article_id", articleId);
            json.WriteString("source", record.Source);
            json.WriteString("published", record.Published);
            json.WriteEndObject();
            json.WriteEndObject();
            written++;
        }

        return written;
    }

    private static void Geometry(Utf8JsonWriter json, string type, Action coordinates)
    {
        json.WriteStartObject("geometry");
        json.WriteString("type", type);
        json.WritePropertyName("coordinates");
        if (type == "LineString")
        {
            json.WriteStartArray();
            coordinates();
            json.WriteEndArray();
        }
        else
        {
            coordinates();
        }

        json.WriteEndObject();
    }

    private static void Position(Utf8JsonWriter json, Knowledge.Coordinates point)
    {
        json.WriteStartArray();
        json.WriteNumberValue(point.Longitude);
        json.WriteNumberValue(point.Latitude);
        json.WriteEndArray();
    }
}
