namespace Dossier.Store.Sql;

/// <summary>
/// Ids bound as the parameters of an <c>IN (…)</c>, a slice at a time: a statement takes at most
/// 32 766 parameters in SQLite and 65 535 in PostgreSQL, and the facts of a whole store are more.
/// </summary>
internal static class IdSlices
{
    private const int Size = 1000;

    /// <summary>Runs <paramref name="query"/> once per slice with its list of parameter names ("@f0, @f1…") and their values, and joins the rows.</summary>
    public static List<T> Query<T>(IReadOnlyList<string> ids, Func<string, (string, object?)[], IEnumerable<T>> query) =>
        [.. ids.Chunk(Size).SelectMany(slice =>
        {
            var names = slice.Select((_, i) => $"@f{i}").ToArray();
            return query(string.Join(", ", names), [.. slice.Select((id, i) => (names[i], (object?)id))]);
        })];
}
