namespace Dossier.Clauses;

/// <summary>
/// A phrase of rule data matched against folded words: "livr*" matches every form of "livrer",
/// "échang* … lettres" allows up to <see cref="MaxGap"/> words between its parts
/// ("ont échangé des lettres", "ont échangé plusieurs lettres").
/// </summary>
public sealed class PhrasePattern
{
    public const int MaxGap = 4;
    private const string Gap = "…";
    private readonly string[] _parts;

    public PhrasePattern(string phrase)
    {
        _parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p == Gap || p == "..." ? Gap : WordForm.Fold(p)).ToArray();
        if (_parts.Length == 0 || _parts[0] == Gap || _parts[^1] == Gap)
        {
            throw new ArgumentException($"Pattern '{phrase}' is empty or starts or ends with a gap.", nameof(phrase));
        }

        Text = phrase;
    }

    public string Text { get; }

    /// <summary>The first word, folded; a prefix when it ends in '*'.</summary>
    public string First => _parts[0];

    /// <summary>Words and gaps in the phrase: longer phrases are tried first.</summary>
    public int Parts => _parts.Length;

    /// <summary>The index of the last word matched when the pattern starts at <paramref name="start"/>, else -1.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start) => Match(words, start, 0);

    private int Match(IReadOnlyList<string> words, int at, int part)
    {
        if (part == _parts.Length)
        {
            return at - 1;
        }

        if (_parts[part] == Gap)
        {
            for (var skip = 0; skip <= MaxGap && at + skip < words.Count; skip++)
            {
                var end = Match(words, at + skip, part + 1);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return at < words.Count && Matches(_parts[part], words[at]) ? Match(words, at + 1, part + 1) : -1;
    }

    private static bool Matches(string part, string word) =>
        part.EndsWith('*') ? word.StartsWith(part.AsSpan(0, part.Length - 1), StringComparison.Ordinal) : word == part;
}
