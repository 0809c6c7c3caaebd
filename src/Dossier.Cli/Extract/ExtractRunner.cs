using System.Text;
using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Records;

namespace Dossier.Cli.Extract;

/// <summary>Reads every input, runs the pipeline in parallel and writes the records in input order.</summary>
internal sealed class ExtractRunner(IReadOnlyList<string> paths, FileInfo? output, bool pretty, int threads)
{
    public int Run()
    {
        var pipeline = StandardPipeline.Create();
        var failures = 0;
        using var writer = OpenOutput();
        var results = InputExpander.Expand(paths)
            .SelectMany(Read)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .Select(result => Process(pipeline, result));
        foreach (var (json, error) in results)
        {
            if (error is not null)
            {
                failures++;
                Console.Error.WriteLine($"dossier: {error}");
                continue;
            }

            writer.WriteLine(json);
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static IEnumerable<ReadResult> Read(string path) =>
        path == InputExpander.StandardInput
            ? ArticleReader.Read("<stdin>", ReadAll(Console.OpenStandardInput()))
            : ArticleReader.Read(path);

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private (string? Json, string? Error) Process(ArticlePipeline pipeline, ReadResult result)
    {
        if (result.Failure is { } failure)
        {
            return (null, failure.ToString());
        }

        var article = pipeline.Process(result.Source!);
        return (RecordSerializer.Serialize(RecordMapper.ToRecord(article), pretty), null);
    }

    private StreamWriter OpenOutput() =>
        output is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
}
