using System.Buffers.Binary;
using System.Text;

namespace Dossier.Store.Duplicates;

/// <summary>
/// MinHash signatures over three-word shingles, and their LSH bands. Two texts' signatures agree
/// in about as many positions as the share of shingles they have in common (Jaccard), so a
/// syndicated copy with a few words changed scores near 1 and an unrelated article near 0.
/// With 16 bands of 4 rows, two texts at 0.7 similarity share a band 99% of the time, at 0.3
/// about 12% of the time: the band index finds copies without comparing every article.
/// </summary>
internal static class MinHash
{
    public const int Bands = 16;
    private const int Rows = 4;
    private const int Length = Bands * Rows;
    private const int ShingleWords = 3;

    // Fixed seeds: signatures stored by one version must compare with the next one's.
    private static readonly ulong[] Seeds = CreateSeeds();

    public static uint[] Signature(IReadOnlyList<string> words)
    {
        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in Shingles(words))
        {
            for (var i = 0; i < Length; i++)
            {
                var value = (uint)Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of positions where two signatures agree: an estimate of their texts' Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return (double)same / Length;
    }

    /// <summary>One bucket per band: the hash of that band's rows.</summary>
    public static long[] Buckets(uint[] signature)
    {
        var buckets = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = 14695981039346656037UL;
            for (var row = 0; row < Rows; row++)
            {
                hash = Mix(hash ^ signature[(band * Rows) + row]);
            }

            buckets[band] = (long)hash;
        }

        return buckets;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), signature[i]);
        }

        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)));
        }

        return signature;
    }

    private static IEnumerable<ulong> Shingles(IReadOnlyList<string> words)
    {
        if (words.Count < ShingleWords)
        {
            yield return Fnv(string.Join(' ', words));
            yield break;
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            yield return Fnv($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>SplitMix64's finalizer: spreads every input bit over the output.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Length];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
