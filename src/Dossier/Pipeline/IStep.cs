using Dossier.Articles;

namespace Dossier.Pipeline;

/// <summary>
/// One stage of the pipeline: reads the layers it <see cref="Requires"/> and writes the one it
/// <see cref="Produces"/>. Steps are immutable and shared by all threads.
/// </summary>
public interface IStep
{
    /// <summary>Short name shown in errors and benchmarks.</summary>
    string Name { get; }

    /// <summary>Layers (by type) that must exist before this step runs.</summary>
    IReadOnlyList<Type> Requires { get; }

    /// <summary>The layer (by type) this step adds.</summary>
    Type Produces { get; }

    void Process(Article article);
}
