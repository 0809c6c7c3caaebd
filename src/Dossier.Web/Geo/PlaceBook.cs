using System.Globalization;
using Dossier.Entities;
using Dossier.Knowledge;

namespace Dossier.Web.Geo;

/// <summary>
/// Where an entity is on the map: a GeoNames place at its own coordinates (knowledge base), a
/// country at world-countries' point for it (country-points.tsv). Other entities have no point.
/// </summary>
public sealed class PlaceBook
{
    private static readonly Lazy<PlaceBook> Shared = new(Load);
    private readonly Dictionary<string, Coordinates> countries;
    private readonly Dictionary<string, string> alpha2;
    private readonly KnowledgeBase knowledge;

    private PlaceBook(Dictionary<string, Coordinates> countries, Dictionary<string, string> alpha2, KnowledgeBase knowledge)
    {
        this.countries = countries;
        this.alpha2 = alpha2;
        this.knowledge = knowledge;
    }

    public static PlaceBook Default => Shared.Value;

    public Coordinates? Locate(string entityId) =>
        countries.TryGetValue(entityId, out var point) ? point
        : entityId.StartsWith("geonames:", StringComparison.Ordinal) ? knowledge.Find(new EntityId(entityId))?.Location
        : null;

    /// <summary>The ISO 3166-1 alpha-2 code (lower case) of a country id, or of the country a place is in; null when unknown.</summary>
    public string? CountryCode(string entityId) =>
        alpha2.TryGetValue(entityId, out var code) ? code
        : knowledge.Find(new EntityId(entityId))?.Country is { } country && alpha2.TryGetValue(country.Value, out var placeCode) ? placeCode
        : null;

    /// <summary>Whether the point stands for a whole country (drawn differently from a town).</summary>
    public bool IsCountry(string entityId) => countries.ContainsKey(entityId);

    private static PlaceBook Load()
    {
        using var stream = typeof(PlaceBook).Assembly.GetManifestResourceStream("Dossier.Web.Geo.country-points.tsv")
            ?? throw new InvalidOperationException("country-points.tsv is not embedded in Dossier.Web.");
        using var reader = new StreamReader(stream);
        var countries = new Dictionary<string, Coordinates>(StringComparer.Ordinal);
        var alpha2 = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            alpha2[fields[0]] = fields[1];
            countries[fields[0]] = new Coordinates(
                double.Parse(fields[2], CultureInfo.InvariantCulture), double.Parse(fields[3], CultureInfo.InvariantCulture));
        }

        return new PlaceBook(countries, alpha2, KnowledgeBase.Default);
    }
}
