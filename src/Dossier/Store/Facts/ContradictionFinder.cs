using System.Data.Common;
using System.Globalization;
using Dossier.Store.Sql;

namespace Dossier.Store.Facts;

/// <summary>
/// Finds facts whose sources disagree: one denies what another asserts, or two give amounts of
/// the same unit that cannot both be true ("1 000 containers" against "about 3 000"), or two
/// sources date one event to days that cannot both be right.
/// </summary>
internal static class ContradictionFinder
{
    private static readonly HashSet<string> Affirming = new(["asserted", "reported", "alleged"], StringComparer.Ordinal);

    private const string Statements = """
        SELECT fs.fact_id, x.status, CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS TEXT), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS TEXT), x.happened
        FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
        JOIN events x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal
        WHERE f.kind = 'event' {facts}
        UNION ALL
        SELECT fs.fact_id, x.status, x.quantity_value, x.quantity_approx, x.quantity_max, x.quantity_unit, CAST(NULL AS TEXT)
        FROM fact_sources fs JOIN facts f ON f.id = fs.fact_id
        JOIN transfers x ON x.article_id = fs.article_id AND x.ordinal = fs.ordinal
        WHERE f.kind = 'transfer' {facts}
        """;

    /// <summary>Every contradiction of the store, or of the facts named.</summary>
    public static List<Contradiction> Find(DbConnection connection, IReadOnlyList<string>? factIds = null)
    {
        var reasons = Reasons(connection, factIds).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var facts = FactReader.Load(connection, reasons.Select(r => r.Key).ToList()).ToDictionary(f => f.Id, StringComparer.Ordinal);
        return reasons.Select(r => new Contradiction(r.Value, facts[r.Key])).ToList();
    }

    /// <summary>
    /// How the sources of each disagreeing fact disagree, by fact id, for the whole store or the facts
    /// named (a page of rows, one story: reading only their statements keeps the answer as cheap as they are few).
    /// </summary>
    public static Dictionary<string, string> Reasons(DbConnection connection, IReadOnlyList<string>? factIds = null)
    {
        if (factIds is { Count: 0 })
        {
            return [];
        }

        var statements = factIds is null
            ? connection.Query(null, Statements.Replace("{facts}", "", StringComparison.Ordinal), Read)
            : IdSlices.Query(factIds, (list, parameters) =>
                connection.Query(null, Statements.Replace("{facts}", $"AND fs.fact_id IN ({list})", StringComparison.Ordinal), Read, parameters));
        return statements
            .GroupBy(s => s.FactId, StringComparer.Ordinal)
            .Select(g => (Fact: g.Key, Reason: Reason(g.ToList())))
            .Where(r => r.Reason is not null)
            .ToDictionary(r => r.Fact, r => r.Reason!, StringComparer.Ordinal);
    }

    private static Statement Read(DbDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.NullableDouble(2) is { } value ? Interval(value, row.NullableString(3), row.NullableDouble(4)) : null,
        row.NullableString(5),
        row.NullableString(6));

    private static string? Reason(List<Statement> statements)
    {
        if (statements.Exists(s => s.Status == "denied") && statements.Exists(s => Affirming.Contains(s.Status)))
        {
            return "denied by one source, asserted by another";
        }

        var amounts = statements.Where(s => s.Amount is not null).GroupBy(s => s.Unit ?? "", StringComparer.Ordinal);
        foreach (var unit in amounts)
        {
            var list = unit.Select(s => s.Amount!.Value).ToList();
            // Two statements contradict when no single amount satisfies both.
            if (list.Exists(a => list.Exists(b => a.High < b.Low)))
            {
                var shown = string.Join(" vs ", list.Select(a => a.Text).Distinct(StringComparer.Ordinal));
                return $"different quantities: {shown} {unit.Key}".TrimEnd();
            }
        }

        var dates = statements.Select(s => s.Date).Where(d => !TimexDates.IsUnknown(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (dates.Exists(a => dates.Exists(b => !TimexDates.Compatible(a, b))))
        {
            return $"different dates: {string.Join(" vs ", dates)}";
        }

        return null;
    }

    /// <summary>The amounts a stated quantity allows: "about" is taken as ±10 %, "over" as unbounded above.</summary>
    private static (double Low, double High, string Text) Interval(double value, string? approx, double? max)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return approx switch
        {
            "about" => (value * 0.9, value * 1.1, "about " + text),
            "over" or "at_least" => (value, double.PositiveInfinity, approx.Replace('_', ' ') + " " + text),
            "under" or "up_to" => (double.NegativeInfinity, value, approx.Replace('_', ' ') + " " + text),
            "range" => (value, max ?? value, $"{text}–{(max ?? value).ToString(CultureInfo.InvariantCulture)}"),
            _ => (value, value, text),
        };
    }

    private sealed record Statement(string FactId, string Status, (double Low, double High, string Text)? Amount, string? Unit, string? Date);
}
