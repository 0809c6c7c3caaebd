using System.Text;
using Dossier.Records;

namespace Dossier.Cli.Extract;

/// <summary>Reads every input, runs the pipeline in parallel and writes the records in input order.</summary>
internal sealed class ExtractRunner(IReadOnlyList<string> paths, FileInfo? output, bool pretty, int threads)
{
    public int Run()
    {
        var failures = 0;
        using var writer = OpenOutput();
        foreach (var result in ArticleExtraction.Run(paths, threads, record => RecordSerializer.Serialize(record, pretty)))
        {
            if (result.Error is { } error)
            {
                failures++;
                Console.Error.WriteLine($"dossier: {error}");
                continue;
            }

            writer.WriteLine(result.Value);
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private StreamWriter OpenOutput() =>
        output is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
}
