using System.Text;

namespace Dossier.Clauses;

/// <summary>
/// The form words are compared in: lower case, accents removed, typographic apostrophes made
/// straight. Machine-translated articles mix "Choïgou"/"Choigou" and ’/' freely, so rule data is
/// written in this form too. The library runs with invariant globalization, where
/// <see cref="string.Normalize()"/> cannot decompose accents, hence the explicit table.
/// </summary>
public static class WordForm
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ’‘ʼ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyy'''";

    public static string Fold(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            var at = Accented.IndexOf(lower, StringComparison.Ordinal);
            if (at >= 0)
            {
                builder.Append(Plain[at]);
            }
            else if (lower == 'œ')
            {
                builder.Append("oe");
            }
            else if (lower == 'æ')
            {
                builder.Append("ae");
            }
            else
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }
}
