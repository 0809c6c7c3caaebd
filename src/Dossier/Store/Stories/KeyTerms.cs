using Dossier.Store.Duplicates;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>
/// The words that say what an article is about, as the stories compare them: frequent in the article
/// and rare in the store (tf × idf). Words every report repeats ("officials", "government",
/// "according") would otherwise make any two articles look alike. The store counts, for each word
/// that was ever a candidate, how many articles had it.
/// </summary>
internal static class KeyTerms
{
    /// <summary>How many of an article's most frequent long words are weighed by their rarity (and counted).</summary>
    private const int Candidates = 40;

    /// <summary>Padded with the empty word, which is never a term.</summary>
    private static readonly PaddedList Terms = new("t", Candidates, "");

    private static readonly string ReadSql = $"SELECT term, articles FROM term_articles WHERE term IN ({Terms.Names})";

    /// <summary>The article's <paramref name="count"/> key terms, best first; counts its candidate words in the store.</summary>
    public static List<string> Of(WriteSession db, IReadOnlyList<string> words, long storedArticles, int count)
    {
        var frequent = ArticleWords.FrequentLongWords(words, Candidates);
        var seen = db.Query(ReadSql, row => (Term: row.GetString(0), Articles: row.GetInt64(1)), Terms.Values(frequent.Select(f => f.Word).ToList()))
            .ToDictionary(t => t.Term, t => t.Articles, StringComparer.Ordinal);
        // The words are distinct, as an upsert of several rows needs.
        db.WriteRows(
            "INSERT INTO term_articles (term, articles)",
            "ON CONFLICT (term) DO UPDATE SET articles = term_articles.articles + 1",
            [.. frequent.Select(f => new object?[] { f.Word, 1 })]);

        return frequent
            .Select(f => (f.Word, Weight: f.Count * Math.Log((storedArticles + 1.0) / (seen.GetValueOrDefault(f.Word) + 1.0))))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Word, StringComparer.Ordinal)
            .Take(count)
            .Select(t => t.Word)
            .ToList();
    }
}
