using System.Collections.Frozen;

namespace Dossier.Language;

/// <summary>
/// A naive-Bayes model of languages over character 1-, 2- and 3-grams with add-one smoothing.
/// Naive Bayes rather than Cavnar–Trenkle's rank distance because it uses every n-gram's
/// frequency, not only its rank among the top few hundred, which matters for the one-sentence
/// texts a news pipeline also sees (headlines, captions) and for near languages (es/pt, uk/ru).
/// </summary>
internal sealed class NgramModel
{
    // One lookup per n-gram gives its log-probability in every language at once.
    private readonly FrozenDictionary<ulong, float[]> _logProbabilities;

    private NgramModel(string[] codes, FrozenDictionary<ulong, float[]> logProbabilities)
    {
        Codes = codes;
        _logProbabilities = logProbabilities;
    }

    /// <summary>The languages, in the order of every score array.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Counts the n-grams of each language's training text.</summary>
    public static NgramModel Train(IReadOnlyList<(string Code, string Text)> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var counts = corpora.Select(corpus => Count(FoldedText.Of(corpus.Text))).ToList();

        // Add-one smoothing over each order's vocabulary: an n-gram one language never showed
        // costs it as much as a count of zero in a corpus of that size, not an infinite penalty.
        var vocabulary = counts.SelectMany(count => count.Keys).ToHashSet();
        var vocabularySize = new int[4];
        foreach (var key in vocabulary)
        {
            vocabularySize[Ngram.Order(key)]++;
        }

        var totals = counts.Select(count => TotalsByOrder(count)).ToList();
        var table = vocabulary.ToDictionary(
            key => key,
            key =>
            {
                var order = Ngram.Order(key);
                return counts.Select((count, language) =>
                    (float)Math.Log((count.GetValueOrDefault(key) + 1.0) / (totals[language][order] + vocabularySize[order]))).ToArray();
            });
        return new NgramModel([.. corpora.Select(corpus => corpus.Code)], table.ToFrozenDictionary());
    }

    /// <summary>
    /// Adds each language's log-likelihood of <paramref name="text"/> into <paramref name="scores"/>
    /// and returns how many n-grams counted. N-grams no training text showed are skipped: they
    /// say nothing of the language and would only favour the smallest corpus.
    /// </summary>
    public int Score(FoldedText text, Span<double> scores)
    {
        var counted = 0;
        foreach (var key in text)
        {
            if (_logProbabilities.TryGetValue(key, out var logProbabilities))
            {
                for (var language = 0; language < logProbabilities.Length; language++)
                {
                    scores[language] += logProbabilities[language];
                }

                counted++;
            }
        }

        return counted;
    }

    private static Dictionary<ulong, int> Count(FoldedText text)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var key in text)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static long[] TotalsByOrder(Dictionary<ulong, int> counts)
    {
        var totals = new long[4];
        foreach (var (key, count) in counts)
        {
            totals[Ngram.Order(key)] += count;
        }

        return totals;
    }
}
