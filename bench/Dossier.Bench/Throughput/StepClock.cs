using System.Diagnostics;
using Dossier.Articles;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Records;

namespace Dossier.Bench.Throughput;

/// <summary>
/// Runs what `dossier extract` runs on one file (read, every step, record and JSON) and adds
/// up the time of each part, on one thread: the profile that says which layer to make faster.
/// </summary>
internal sealed class StepClock(ArticlePipeline pipeline)
{
    private const string Reading = "read", Writing = "record + json";

    private readonly Dictionary<string, TimeSpan> _spent = [];

    public int Articles { get; private set; }

    public IEnumerable<(string Part, TimeSpan Spent)> Parts =>
        new[] { Reading }.Concat(pipeline.Steps.Select(s => s.Name)).Append(Writing).Select(part => (part, _spent[part]));

    public TimeSpan Total => _spent.Values.Aggregate(TimeSpan.Zero, (sum, part) => sum + part);

    public void Run(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var results = ArticleReader.Read(file).ToList();
            Add(Reading, clock);
            foreach (var source in results.Select(r => r.Source).OfType<ArticleSource>())
            {
                Process(source);
            }
        }
    }

    private void Process(ArticleSource source)
    {
        var article = new Article(source);
        foreach (var step in pipeline.Steps)
        {
            var clock = Stopwatch.StartNew();
            step.Process(article);
            Add(step.Name, clock);
        }

        var writing = Stopwatch.StartNew();
        _ = RecordSerializer.Serialize(RecordMapper.ToRecord(article));
        Add(Writing, writing);
        Articles++;
    }

    private void Add(string part, Stopwatch clock) =>
        _spent[part] = _spent.GetValueOrDefault(part) + clock.Elapsed;
}
