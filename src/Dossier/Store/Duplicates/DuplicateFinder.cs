using System.Data.Common;
using Dossier.Store.Sql;

namespace Dossier.Store.Duplicates;

/// <summary>
/// Finds the article a newly stored one copies (a wire story republished, a syndicated copy with
/// a changed headline or a sentence cut) through the MinHash band index, and indexes the new one.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>
    /// Estimated share of shingles in common from which an article is a copy. Copies with edits
    /// score 0.8 and more; two reports of the same event in their own words stay under 0.3.
    /// </summary>
    public const double CopyThreshold = 0.7;

    /// <summary>Indexes the article; returns the original it copies (the first of a chain of copies), or null.</summary>
    public static string? Place(DbConnection connection, DbTransaction transaction, string articleId, IReadOnlyList<string> words)
    {
        var signature = MinHash.Signature(words);
        var buckets = MinHash.Buckets(signature);
        var original = Candidates(connection, transaction, buckets)
            .Select(c => (c.Original, Similarity: MinHash.Similarity(signature, c.Signature), c.Seq))
            .Where(c => c.Similarity >= CopyThreshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Seq)
            .Select(c => c.Original)
            .FirstOrDefault();

        connection.Execute(transaction, "INSERT INTO article_signatures (article_id, signature) VALUES (@a, @s)", ("@a", articleId), ("@s", MinHash.ToBytes(signature)));
        for (var band = 0; band < buckets.Length; band++)
        {
            connection.Execute(
                transaction,
                "INSERT INTO signature_bands (band, bucket, article_id) VALUES (@band, @bucket, @a) ON CONFLICT DO NOTHING",
                ("@band", band), ("@bucket", buckets[band]), ("@a", articleId));
        }

        if (original is not null)
        {
            connection.Execute(transaction, "UPDATE articles SET duplicate_of = @o WHERE id = @a", ("@o", original), ("@a", articleId));
        }

        return original;
    }

    /// <summary>How many of the articles sharing the most bands are compared signature to signature.</summary>
    private const int Compared = 20;

    // Ranked by bands in common: a copy shares most of them, an article that only shares
    // boilerplate with many others shares one or two, so the few compared are the likely copies.
    private static List<(string Original, uint[] Signature, long Seq)> Candidates(DbConnection connection, DbTransaction transaction, long[] buckets)
    {
        var conditions = string.Join(" OR ", buckets.Select((_, band) => $"(b.band = {band} AND b.bucket = @k{band})"));
        var parameters = buckets.Select((bucket, band) => ($"@k{band}", (object?)bucket)).ToArray();
        return connection.Query(
            transaction,
            $"""
            SELECT a.id, a.duplicate_of, s.signature, a.seq
            FROM (SELECT b.article_id, COUNT(*) AS shared FROM signature_bands b WHERE {conditions}
                  GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT {Compared}) c
            JOIN article_signatures s ON s.article_id = c.article_id
            JOIN articles a ON a.id = c.article_id
            """,
            row => (row.NullableString(1) ?? row.GetString(0), MinHash.FromBytes((byte[])row.GetValue(2)), row.GetInt64(3)),
            parameters);
    }
}
