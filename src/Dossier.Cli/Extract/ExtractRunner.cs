using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Records;

namespace Dossier.Cli.Extract;

/// <summary>
/// Reads every input, runs the pipeline in parallel and writes the records in input order. When
/// the records go to a file and there are more than a few inputs, a line on standard error tells
/// how far it is every few seconds, and a last one sums up.
/// </summary>
internal sealed class ExtractRunner(IReadOnlyList<string> paths, FileInfo? output, bool pretty, int threads)
{
    private const int QuietInputs = 20;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    public int Run()
    {
        var failures = 0;
        var done = 0;
        var showProgress = output is not null && ArticleExtraction.CountInputs(paths) > QuietInputs;
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        using var writer = OpenOutput();
        foreach (var result in ArticleExtraction.Run(paths, threads, record => RecordSerializer.Serialize(record, pretty)))
        {
            done++;
            if (done == 1)
            {
                // Counted from the first article, so that start-up (loading the rules) is not reported as slowness.
                lastReport = clock.Elapsed;
            }

            if (showProgress && clock.Elapsed - lastReport >= ProgressEvery)
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"dossier: extract: {done} articles, {Rate(done, clock.Elapsed)}/s");
            }

            if (result.Error is { } error)
            {
                failures++;
                Console.Error.WriteLine($"dossier: {error}");
                continue;
            }

            writer.WriteLine(result.Value);
        }

        if (showProgress)
        {
            Console.Error.WriteLine($"dossier: extract: {done} articles ({failures} failed) in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {Rate(done, clock.Elapsed)}/s");
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static string Rate(int done, TimeSpan elapsed) =>
        (done / Math.Max(elapsed.TotalSeconds, 0.001)).ToString("0", CultureInfo.InvariantCulture);

    private StreamWriter OpenOutput() =>
        output is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
}
