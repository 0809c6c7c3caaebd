using Dossier.Languages;

namespace Dossier.Clauses;

/// <summary>A language data file whose first column is a phrase pattern, read into entries tried longest first.</summary>
public static class Lexicon
{
    public static PhraseLexicon<TEntry> Load<TEntry>(string language, string file, Func<string[], TEntry> parse) =>
        new(LanguageData.Rows(language, file).Select(row => (new PhrasePattern(row[0]), parse(row))));

    /// <summary>Column <paramref name="index"/> of a row, or null when absent or empty.</summary>
    public static string? Cell(string[] row, int index) => row.Length > index && row[index].Length > 0 ? row[index] : null;
}
