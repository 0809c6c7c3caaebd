namespace Dossier.Pipeline;

/// <summary>Collects steps in order and checks, when built, that each finds the layers it needs.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStep> _steps = [];

    public PipelineBuilder Add(IStep step)
    {
        _steps.Add(step);
        return this;
    }

    public ArticlePipeline Build()
    {
        var available = new HashSet<Type>();
        foreach (var step in _steps)
        {
            var missing = step.Requires.Where(layer => !available.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Step '{step.Name}' requires {string.Join(", ", missing.Select(t => t.Name))}, which no earlier step produces.");
            }

            if (!available.Add(step.Produces))
            {
                throw new InvalidOperationException($"Step '{step.Name}' produces {step.Produces.Name}, which an earlier step already produces.");
            }
        }

        return new ArticlePipeline(_steps.ToArray());
    }
}
