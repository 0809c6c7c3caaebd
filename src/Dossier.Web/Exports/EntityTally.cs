using Dossier.Records;

namespace Dossier.Web.Exports;

/// <summary>Entities over all records: canonical name, type, articles and mentions; and the relations between them.</summary>
internal sealed class EntityTally
{
    public Dictionary<string, TalliedEntity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>(source, target, kind) → facts; kind is an event type, or TRANSFER from supplier to recipient.</summary>
    public Dictionary<(string Source, string Target, string Kind), long> Relations { get; } = [];

    public static EntityTally Of(IEnumerable<ExtractionRecord> records)
    {
        var tally = new EntityTally();
        foreach (var record in records)
        {
            tally.Add(record);
        }

        return tally;
    }

    public void Add(ExtractionRecord record)
    {
        foreach (var entity in record.Entities)
        {
            var known = Entities.TryGetValue(entity.Id, out var seen) ? seen : new TalliedEntity(entity.Id, entity.Name, entity.Type, 0, 0);
            Entities[entity.Id] = known with { Articles = known.Articles + 1, Mentions = known.Mentions + entity.Mentions.Count };
        }

        foreach (var e in record.Events.Where(e => e.Actor is not null && e.Target is not null && e.Actor != e.Target))
        {
            Count(e.Actor!, e.Target!, e.Type);
        }

        foreach (var t in record.Transfers.Where(t => t.Supplier is not null && t.Recipient is not null && t.Supplier != t.Recipient))
        {
            Count(t.Supplier!, t.Recipient!, "TRANSFER");
        }
    }

    private void Count(string source, string target, string kind)
    {
        var key = (source, target, kind);
        Relations[key] = Relations.GetValueOrDefault(key) + 1;
        foreach (var id in (string[])[source, target])
        {
            // A party named only through a metonym or a pronoun still needs its node.
            Entities.TryAdd(id, new TalliedEntity(id, id, "OTHER", 0, 0));
        }
    }
}

internal sealed record TalliedEntity(string Id, string Name, string Type, long Articles, long Mentions);
