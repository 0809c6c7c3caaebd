using System.Text;
using Dossier.Store.Sql;

namespace Dossier.Store.Duplicates;

/// <summary>
/// Partial copies: an article that reprints some paragraphs of another (a wire paragraph pasted
/// into a longer piece, a background section reused) is no whole copy, but shares those
/// paragraphs word for word once case, accents and punctuation are folded. Each telling paragraph
/// is indexed by the hash of its words with the first article that had it, so the lookup is one
/// key per paragraph at any store size.
/// </summary>
internal static class ParagraphIndex
{
    /// <summary>Paragraphs shorter than this are datelines, bylines and stock phrases that many articles share by chance.</summary>
    public const int TellingWords = 12;

    /// <summary>Indexes the article's paragraphs and records those an earlier article already had.</summary>
    public static void Place(WriteSession db, string articleId, string text, string? duplicateOf)
    {
        var paragraphs = Paragraphs(text);
        var origins = Origins(db, paragraphs.OfType<long>().Distinct().ToList());
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i] is not { } hash)
            {
                continue;
            }

            if (!origins.TryGetValue(hash, out var first))
            {
                db.Write("INSERT INTO paragraph_origins (hash, article_id, paragraph) VALUES (@h, @a, @p)", ("@h", hash), ("@a", articleId), ("@p", i));
                // A paragraph the article repeats has its first place as origin.
                origins[hash] = (articleId, i);
            }
            else if (first.Article != articleId && duplicateOf is null)
            {
                // A whole copy already points to its original; listing each of its paragraphs would say it again.
                db.Write(
                    "INSERT INTO shared_paragraphs (article_id, paragraph, original_id, original_paragraph) VALUES (@a, @p, @o, @op)",
                    ("@a", articleId), ("@p", i), ("@o", first.Article), ("@op", first.Paragraph));
            }
        }
    }

    /// <summary>Hashes looked up per query, padded with nulls, which match nothing.</summary>
    private static readonly PaddedList Hashes = new("h", 16, null);

    private static readonly string OriginsSql = $"SELECT hash, article_id, paragraph FROM paragraph_origins WHERE hash IN ({Hashes.Names})";

    /// <summary>The first article and paragraph of each hash already indexed.</summary>
    private static Dictionary<long, (string Article, int Paragraph)> Origins(WriteSession db, List<long> hashes)
    {
        var origins = new Dictionary<long, (string Article, int Paragraph)>();
        foreach (var chunk in hashes.Chunk(Hashes.Length))
        {
            foreach (var (hash, article, paragraph) in db.Query(
                OriginsSql,
                row => (Hash: row.GetInt64(0), Article: row.GetString(1), Paragraph: Convert.ToInt32(row.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)),
                Hashes.Values(chunk)))
            {
                origins[hash] = (article, paragraph);
            }
        }

        return origins;
    }

    /// <summary>Articles read per round trip while the index is rebuilt: a page, not the whole store, is in memory.</summary>
    private const int RebuildPage = 500;

    /// <summary>
    /// Indexes every stored article again from its stored text, in arrival order, as if each had
    /// been placed when it arrived: the first article to have a paragraph stays its origin, and
    /// the later ones that reprint it list it. Running it again gives the same rows.
    /// </summary>
    public static void Rebuild(WriteSession db)
    {
        db.Write("DELETE FROM shared_paragraphs");
        db.Write("DELETE FROM paragraph_origins");
        var after = long.MinValue;
        while (true)
        {
            // Read a page before writing: PostgreSQL runs one command at a time on a connection.
            var page = db.Query(
                $"SELECT id, text, duplicate_of, seq FROM articles WHERE seq > @after ORDER BY seq LIMIT {RebuildPage}",
                row => (Id: row.GetString(0), Text: row.GetString(1), DuplicateOf: row.NullableString(2), Seq: row.GetInt64(3)),
                ("@after", after));
            foreach (var article in page)
            {
                Place(db, article.Id, article.Text, article.DuplicateOf);
            }

            if (page.Count < RebuildPage)
            {
                return;
            }

            after = page[^1].Seq;
        }
    }

    /// <summary>The text's paragraphs (its non-blank lines) in order: the hash of each telling one, null for the others.</summary>
    public static List<long?> Paragraphs(string text) =>
        Lines(text)
            .Select(paragraph => ArticleWords.Of(paragraph) is { Count: >= TellingWords } words ? Hash(words) : (long?)null)
            .ToList();

    /// <summary>The text's paragraphs as the index numbers them: its non-blank lines, trimmed.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static long Hash(List<string> words)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(string.Join(' ', words)))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (long)hash;
    }
}
