namespace Dossier.Language;

/// <summary>
/// A naive-Bayes model of languages over character 1-, 2- and 3-grams with add-one smoothing.
/// Naive Bayes rather than Cavnar–Trenkle's rank distance because it uses every n-gram's
/// frequency, not only its rank among the top few hundred, which matters for the one-sentence
/// texts a news pipeline also sees (headlines, captions) and for near languages (es/pt, uk/ru).
/// </summary>
internal sealed class NgramModel
{
    // Each known n-gram has a row of log-probabilities, one per language, in one flat array:
    // one lookup per n-gram of the text scores every language at once.
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _logProbabilities;

    private NgramModel(string[] codes, Dictionary<ulong, int> rows, float[] logProbabilities)
    {
        Codes = codes;
        _rows = rows;
        _logProbabilities = logProbabilities;
    }

    /// <summary>The languages, in the order of every score array.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Counts the n-grams of each language's training text.</summary>
    public static NgramModel Train(IReadOnlyList<(string Code, string Text)> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var languages = corpora.Count;
        var rows = new Dictionary<ulong, int>();
        var counts = new List<int[]>();
        var totals = new long[languages, 4];
        for (var language = 0; language < languages; language++)
        {
            foreach (var key in FoldedText.Of(corpora[language].Text))
            {
                if (!rows.TryGetValue(key, out var row))
                {
                    row = rows[key] = rows.Count;
                    counts.Add(new int[languages]);
                }

                counts[row][language]++;
                totals[language, Ngram.Order(key)]++;
            }
        }

        // Add-one smoothing over each order's vocabulary: an n-gram one language never showed
        // costs it as much as a count of zero in a corpus of that size, not an infinite penalty.
        var vocabularySize = new int[4];
        foreach (var key in rows.Keys)
        {
            vocabularySize[Ngram.Order(key)]++;
        }

        var logProbabilities = new float[rows.Count * languages];
        foreach (var (key, row) in rows)
        {
            var order = Ngram.Order(key);
            for (var language = 0; language < languages; language++)
            {
                logProbabilities[(row * languages) + language] =
                    (float)Math.Log((counts[row][language] + 1.0) / (totals[language, order] + vocabularySize[order]));
            }
        }

        return new NgramModel([.. corpora.Select(corpus => corpus.Code)], rows, logProbabilities);
    }

    /// <summary>
    /// Adds each language's log-likelihood of <paramref name="text"/> into <paramref name="scores"/>
    /// and returns how many n-grams counted. N-grams no training text showed are skipped: they
    /// say nothing of the language and would only favour the smallest corpus.
    /// </summary>
    public int Score(FoldedText text, Span<double> scores)
    {
        var languages = Codes.Count;
        var counted = 0;
        foreach (var key in text)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var logProbabilities = _logProbabilities.AsSpan(row * languages, languages);
                for (var language = 0; language < languages; language++)
                {
                    scores[language] += logProbabilities[language];
                }

                counted++;
            }
        }

        return counted;
    }
}
