using System.Globalization;
using Dossier.Entities;

namespace Dossier.Knowledge;

/// <summary>
/// Everything Dossier knows before reading an article: countries (world-countries), cities
/// (GeoNames), and the people, organizations and weapon categories of data/knowledge. Loaded
/// once on first use, read-only, shared by all threads.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load);
    private readonly Dictionary<EntityId, KnowledgeEntry> _entries;

    private KnowledgeBase(List<KnowledgeEntry> entries, List<KnownName> names)
    {
        _entries = entries.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        Names = names;
    }

    public static KnowledgeBase Default => Shared.Value;

    public IReadOnlyList<KnownName> Names { get; }

    public int Count => _entries.Count;

    public KnowledgeEntry? Find(EntityId id) => _entries.GetValueOrDefault(id);

    /// <summary>The country an entity acts for in events and transfers, or null when it acts as itself.</summary>
    public EntityId? CountryOf(EntityId id) =>
        Find(id) is { Kind: PartyKind.ForCountry, Country: { } country } ? country : null;

    /// <summary>A fresh copy read from the embedded files; <see cref="Default"/> is the one shared copy.</summary>
    public static KnowledgeBase Load()
    {
        var entries = new List<KnowledgeEntry>();
        var names = new List<KnownName>();
        void Add(KnowledgeEntry entry, IEnumerable<string> texts, NameKind kind)
        {
            entries.Add(entry);
            names.AddRange(texts.Select(t => new KnownName(t, entry, kind)));
        }

        var countries = new Dictionary<string, KnowledgeEntry>();
        var demonyms = new List<KnownName>();
        foreach (var row in KnowledgeFiles.Rows("countries.tsv"))
        {
            var country = new KnowledgeEntry(new EntityId(row[0]), row[1], EntityType.GPE, new EntityId(row[0]), PartyKind.Country);
            countries[row[0]] = country;
            Add(country, KnowledgeFiles.Names(row[2]), NameKind.Name);
            demonyms.AddRange(KnowledgeFiles.Names(row[3]).Select(d => new KnownName(d, country, NameKind.Demonym)));
        }

        // "American" is the demonym of several territories as well as of the United States: a
        // demonym shared by several countries is kept only where country-names.tsv restates it.
        names.AddRange(demonyms.GroupBy(d => d.Text.ToLowerInvariant()).Where(g => g.Count() == 1).SelectMany(g => g));

        foreach (var row in KnowledgeFiles.Rows("country-names.tsv"))
        {
            var country = countries[row[0]];
            names.AddRange(KnowledgeFiles.Names(row[1]).Select(n => new KnownName(n, country, NameKind.Name)));
            names.AddRange(KnowledgeFiles.Names(row[2]).Select(n => new KnownName(n, country, NameKind.Metonym)));
            names.AddRange(KnowledgeFiles.Names(row.Length > 3 ? row[3] : "").Select(n => new KnownName(n, country, NameKind.Demonym)));
        }

        foreach (var row in KnowledgeFiles.Rows("places.tsv"))
        {
            var location = new Coordinates(double.Parse(row[4], CultureInfo.InvariantCulture), double.Parse(row[5], CultureInfo.InvariantCulture));
            var place = new KnowledgeEntry(new EntityId(row[0]), row[1], EntityType.GPE, row[3].Length > 0 ? new EntityId(row[3]) : null,
                PartyKind.ForCountry, location, long.Parse(row[6], CultureInfo.InvariantCulture));
            Add(place, KnowledgeFiles.Names(row[2]), NameKind.Name);
        }

        foreach (var row in KnowledgeFiles.Rows("entities.tsv"))
        {
            var kind = row[4] == "group" ? PartyKind.Itself : PartyKind.ForCountry;
            var entry = new KnowledgeEntry(new EntityId(row[0]), row[2], Enum.Parse<EntityType>(row[1]), row[3].Length > 0 ? new EntityId(row[3]) : null, kind);
            Add(entry, KnowledgeFiles.Names(row[5]), NameKind.Name);
        }

        foreach (var row in KnowledgeFiles.Rows("weapons.tsv"))
        {
            var slug = "local:" + row[0].Replace(' ', '-').ToLowerInvariant();
            Add(new KnowledgeEntry(new EntityId(slug), row[0], EntityType.WEAPON, null, PartyKind.Itself), KnowledgeFiles.Names(row[1]), NameKind.Name);
        }

        return new KnowledgeBase(entries, names);
    }
}
