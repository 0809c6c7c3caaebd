namespace Dossier.Store.Sql;

/// <summary>
/// The parameters of an <c>IN (…)</c> list of a fixed length, the values padded with one that
/// matches nothing: one statement text, prepared once, serves any number of values up to the length.
/// </summary>
internal sealed class PaddedList
{
    private readonly string[] names;
    private readonly object? padding;

    public PaddedList(string prefix, int length, object? padding)
    {
        names = [.. Enumerable.Range(0, length).Select(i => $"@{prefix}{i}")];
        this.padding = padding;
        Names = string.Join(", ", names);
    }

    /// <summary>The list's parameter names, as they go between the parentheses.</summary>
    public string Names { get; }

    public int Length => names.Length;

    /// <summary>Each name with its value, or with the padding once <paramref name="values"/> (at most <see cref="Length"/>) run out.</summary>
    public (string Name, object? Value)[] Values<T>(IReadOnlyList<T> values) =>
        [.. names.Select((name, i) => (name, i < values.Count ? values[i] : padding))];
}
