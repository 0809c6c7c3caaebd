using BenchmarkDotNet.Attributes;
using Dossier.Language;

namespace Dossier.Bench.Language;

/// <summary>
/// The n-gram identifier on 2 KB of text, the size of a short news article, in a Latin and a
/// Cyrillic language (Cyrillic letters are the same cost, but a language's n-grams are spread
/// differently in the table). The model is trained in setup, so rows measure identification alone.
/// </summary>
[MemoryDiagnoser]
public class LanguageIdentifierBenchmarks
{
    private const int TextLength = 2048;

    private string _french = "";
    private string _russian = "";

    [GlobalSetup]
    public void Setup()
    {
        _french = Repeat("Le gouvernement a annoncé hier une réforme des retraites que les syndicats jugent injuste, et une grève est prévue dans les transports. ");
        _russian = Repeat("Правительство вчера объявило о реформе пенсий, которую профсоюзы считают несправедливой, и на транспорте ожидается забастовка. ");
        _ = NgramLanguageIdentifier.Identify(_french);
    }

    [Benchmark(Baseline = true)]
    public DetectedLanguage French2KB() => NgramLanguageIdentifier.Identify(_french);

    [Benchmark]
    public DetectedLanguage Russian2KB() => NgramLanguageIdentifier.Identify(_russian);

    private static string Repeat(string sentence) =>
        string.Concat(Enumerable.Repeat(sentence, (TextLength / sentence.Length) + 1))[..TextLength];
}
