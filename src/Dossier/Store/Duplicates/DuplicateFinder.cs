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

    /// <summary>How many of the articles sharing the most bands are compared signature to signature.</summary>
    private const int Compared = 20;

    /// <summary>
    /// How deep each band's bucket is read, newest first. A bucket holding more is crowded by copies
    /// of one text (which all point to the same original, so the newest lead to it as well as the
    /// oldest) or by boilerplate: either way a lookup reads at most Bands × this many rows.
    /// </summary>
    private const int BucketDepth = 8;

    private static readonly string CandidatesSql = $"""
        SELECT a.id, a.duplicate_of, s.signature, a.seq
        FROM (SELECT c.article_id, COUNT(*) AS shared FROM ({string.Join(" UNION ALL ", Enumerable.Range(0, MinHash.Bands).Select(Bucket))}) c
              GROUP BY c.article_id ORDER BY shared DESC, c.article_id LIMIT {Compared}) c
        JOIN article_signatures s ON s.article_id = c.article_id
        JOIN articles a ON a.id = c.article_id
        """;

    /// <summary>Indexes the article; returns the original it copies (the first of a chain of copies), or null.</summary>
    public static string? Place(WriteSession db, string articleId, long seq, IReadOnlyList<string> words)
    {
        var signature = MinHash.Signature(words);
        var buckets = MinHash.Buckets(signature);
        var original = Original(db, signature, buckets);

        db.Write("INSERT INTO article_signatures (article_id, signature) VALUES (@a, @s)", ("@a", articleId), ("@s", MinHash.ToBytes(signature)));
        db.WriteRows(
            "INSERT INTO band_entries (band, bucket, seq, article_id)",
            "",
            [.. buckets.Select((bucket, band) => new object?[] { band, bucket, seq, articleId })]);

        if (original is not null)
        {
            db.Write("UPDATE articles SET duplicate_of = @o WHERE id = @a", ("@o", original), ("@a", articleId));
        }

        return original;
    }

    /// <summary>The stored original these words copy, or null; writes nothing.</summary>
    public static string? OriginalOf(WriteSession db, IReadOnlyList<string> words)
    {
        var signature = MinHash.Signature(words);
        return Original(db, signature, MinHash.Buckets(signature));
    }

    private static string? Original(WriteSession db, uint[] signature, long[] buckets) =>
        db.Query(
            CandidatesSql,
            row => (Original: row.NullableString(1) ?? row.GetString(0), Signature: MinHash.FromBytes((byte[])row.GetValue(2)), Seq: row.GetInt64(3)),
            buckets.Select((bucket, band) => ($"@k{band}", (object?)bucket)).ToArray())
            .Select(c => (c.Original, Similarity: MinHash.Similarity(signature, c.Signature), c.Seq))
            .Where(c => c.Similarity >= CopyThreshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Seq)
            .Select(c => c.Original)
            .FirstOrDefault();

    // Ranked afterwards by bands in common: a copy shares most of them, an article that only shares
    // boilerplate with many others one or two, so the few compared are the likely copies.
    private static string Bucket(int band) =>
        $"SELECT article_id FROM (SELECT article_id FROM band_entries WHERE band = {band} AND bucket = @k{band} ORDER BY seq DESC LIMIT {BucketDepth}) b{band}";
}
