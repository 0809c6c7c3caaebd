using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Reading;

/// <summary>
/// The encoding a page declares in its first bytes (<c>&lt;meta charset="windows-1251"&gt;</c>,
/// <c>content="text/html; charset=Shift_JIS"</c>), used when the page is not UTF-8: Windows-1252
/// is the right guess for French and English pages saved by old tools, not for Russian or Japanese ones.
/// </summary>
internal static partial class DeclaredCharset
{
    // Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later.
    private const int Prefix = 4096;

    public static Encoding? Of(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, Prefix));
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // An unknown name ("x-user-defined", a typo) or one .NET refuses to decode (UTF-7,
            // disabled for safety): fall back to the usual guess.
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
