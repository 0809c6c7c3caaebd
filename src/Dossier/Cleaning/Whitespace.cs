using System.Text;

namespace Dossier.Cleaning;

/// <summary>
/// Folds runs of white space inside a paragraph to one space. No-break and narrow no-break
/// spaces are kept as they are (U+00A0, U+202F): French writes "1 000" with them, and the
/// quantity step reads them as thousands separators.
/// </summary>
internal static class Whitespace
{
    public static string Normalize(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is '\u00A0' or '\u202F')
            {
                pendingSpace = false;
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
