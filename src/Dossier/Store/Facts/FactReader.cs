using System.Data.Common;
using System.Globalization;
using Dossier.Store.Sql;

namespace Dossier.Store.Facts;

/// <summary>Reads facts with their sources, from the fact tables and the layer rows they point to.</summary>
internal static class FactReader
{
    // One query per kind of layer, all in the same columns: the source's article, ordinal, status,
    // date, quantity and evidence span. Typed NULLs: PostgreSQL types a UNION's columns by its first arm.
    private const string Sources = """
        SELECT fs.fact_id, a.id, a.source, a.published, fs.ordinal, CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS TEXT), CAST(NULL AS TEXT), x.start_offset, x.end_offset, COALESCE(a.duplicate_of, a.id)
        FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id JOIN articles a ON a.id = fs.article_id
        JOIN quotes x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal
        WHERE f.kind = 'quote' AND fs.fact_id IN ({ids})
        UNION ALL
        SELECT fs.fact_id, a.id, a.source, a.published, fs.ordinal, x.status, x.happened, CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS TEXT), CAST(NULL AS TEXT), x.evidence_start, x.evidence_end, COALESCE(a.duplicate_of, a.id)
        FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id JOIN articles a ON a.id = fs.article_id
        JOIN events x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal
        WHERE f.kind = 'event' AND fs.fact_id IN ({ids})
        UNION ALL
        SELECT fs.fact_id, a.id, a.source, a.published, fs.ordinal, x.status, x.period_from, x.quantity_value, x.quantity_approx, x.quantity_unit, x.evidence_start, x.evidence_end, COALESCE(a.duplicate_of, a.id)
        FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id JOIN articles a ON a.id = fs.article_id
        JOIN transfers x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal
        WHERE f.kind = 'transfer' AND fs.fact_id IN ({ids})
        """;

    /// <summary>
    /// Loads the facts named, in the order given. With <paramref name="sourcesShown"/>, each fact
    /// lists only its first sources (its counts and date still weigh them all), and only those are
    /// read for their excerpts: a fact told by hundreds of articles would otherwise read every text.
    /// </summary>
    public static List<Fact> Load(DbConnection connection, IReadOnlyList<string> factIds, int? sourcesShown = null)
    {
        if (factIds.Count == 0)
        {
            return [];
        }

        var facts = IdSlices.Query(factIds, (list, parameters) => connection.Query(
            null,
            $"SELECT id, kind, label FROM facts WHERE id IN ({list})",
            row => (Id: row.GetString(0), Kind: row.GetString(1), Label: row.GetString(2)),
            parameters)).ToDictionary(f => f.Id, StringComparer.Ordinal);
        var sources = IdSlices.Query(factIds, (list, parameters) =>
            connection.Query(null, Sources.Replace("{ids}", list, StringComparison.Ordinal), ReadSource, parameters));
        var excerpts = new Excerpts(connection);
        var byFact = sources.GroupBy(s => s.FactId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return factIds.Where(facts.ContainsKey).Select(id =>
        {
            var rows = byFact.GetValueOrDefault(id) ?? [];
            var listed = rows.OrderBy(r => r.Source.Published ?? "\uffff", StringComparer.Ordinal).ThenBy(r => r.Source.ArticleId, StringComparer.Ordinal)
                .Take(sourcesShown ?? int.MaxValue)
                .Select(r => r.Source with { Excerpt = excerpts.Of(r.Source) })
                .ToList();
            return new Fact(
                id,
                facts[id].Kind,
                facts[id].Label,
                rows.Select(r => r.Source.Date).Aggregate((string?)null, TimexDates.Finer),
                rows.Select(r => r.Original).Distinct(StringComparer.Ordinal).Count(),
                rows.Select(r => r.Source.Published).Where(p => p is not null).Order(StringComparer.Ordinal).FirstOrDefault(),
                listed);
        }).ToList();
    }

    private static (string FactId, FactSource Source, string Original) ReadSource(DbDataReader row) =>
        (row.GetString(0),
         new FactSource(
             row.GetString(1),
             row.GetString(2),
             row.NullableString(3),
             Convert.ToInt32(row.GetValue(4), CultureInfo.InvariantCulture),
             row.NullableString(5),
             row.NullableString(6),
             Quantity(row.NullableDouble(7), row.NullableString(8), row.NullableString(9)),
             row.IsDBNull(10) ? null : Convert.ToInt32(row.GetValue(10), CultureInfo.InvariantCulture),
             row.IsDBNull(11) ? null : Convert.ToInt32(row.GetValue(11), CultureInfo.InvariantCulture),
             null),
         row.GetString(12));

    /// <summary>"over 1000 container": how a source states an amount, as the contract spells its parts.</summary>
    private static string? Quantity(double? value, string? approx, string? unit) =>
        value is { } v ? string.Join(' ', new[] { approx == "exact" ? null : approx, v.ToString(CultureInfo.InvariantCulture), unit }.Where(p => p is not null)) : null;

    /// <summary>Cuts evidence out of article texts, reading each text once.</summary>
    private sealed class Excerpts(DbConnection connection)
    {
        private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

        public string? Of(FactSource source)
        {
            if (source.Start is not { } start || source.End is not { } end)
            {
                return null;
            }

            if (!texts.TryGetValue(source.ArticleId, out var text))
            {
                text = connection.Scalar<string>(null, "SELECT text FROM articles WHERE id = @a", ("@a", source.ArticleId)) ?? "";
                texts[source.ArticleId] = text;
            }

            return start >= 0 && end <= text.Length && start <= end ? text[start..end] : null;
        }
    }
}
