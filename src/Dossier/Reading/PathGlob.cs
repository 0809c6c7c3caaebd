using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Reading;

/// <summary>
/// Expands a glob the shell left alone (quoted, or on Windows): "*" and "?" within one path
/// segment, "**" across segments ("corpus/**/*.html.gz"). Matches come in ordinal order.
/// </summary>
internal static class PathGlob
{
    public static bool IsGlob(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    public static List<string> Expand(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(segment => !IsGlob(segment)).Count();
        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = ToRegex(segments[fixedCount..]);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => matcher.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static Regex ToRegex(string[] segments)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i] == "**")
            {
                // Zero or more whole folders.
                regex.Append("(?:[^/]+/)*");
                continue;
            }

            foreach (var c in segments[i])
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }

            if (i < segments.Length - 1)
            {
                regex.Append('/');
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
