using BenchmarkDotNet.Attributes;
using Dossier.Entities;
using Dossier.Knowledge;

namespace Dossier.Bench.Knowledge;

/// <summary>What the knowledge base costs at start: reading the embedded files, and building the entity step's name index over it.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class KnowledgeBaseBenchmarks
{
    [Benchmark]
    public int Load() => KnowledgeBase.Load().Count;

    [Benchmark]
    public object LoadAndIndex() => new EntityStep(KnowledgeBase.Load());
}
