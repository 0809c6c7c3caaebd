using Dossier.Pipeline;
using Dossier.Reading;
using Dossier.Records;

namespace Dossier.Cli.Extract;

/// <summary>One input article's outcome: its finished form, or why it could not be read.</summary>
internal readonly record struct Extracted<T>(string Location, T? Value, string? Error);

/// <summary>
/// What `extract` and `ingest` share: expand the inputs, read them, run the pipeline on several
/// articles at once and hand the results back in input order.
/// </summary>
internal static class ArticleExtraction
{
    /// <summary>Runs the pipeline; <paramref name="finish"/> also runs in parallel, so costly work (serialization) belongs there.</summary>
    public static IEnumerable<Extracted<T>> Run<T>(IReadOnlyList<string> paths, int threads, Func<ExtractionRecord, T> finish)
        where T : class
    {
        var pipeline = StandardPipeline.Create();
        return InputExpander.Expand(paths)
            .SelectMany(Read)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .Select(result => Process(pipeline, result, finish));
    }

    /// <summary>How many files the inputs name, for a progress bar's total (an archive or feed may hold more articles).</summary>
    public static int CountInputs(IReadOnlyList<string> paths) => InputExpander.Expand(paths).Count();

    /// <summary>The inputs read but not extracted, for a queue that workers extract later.</summary>
    public static IEnumerable<ReadResult> ReadAll(IReadOnlyList<string> paths) => InputExpander.Expand(paths).SelectMany(Read);

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

    private static Extracted<T> Process<T>(ArticlePipeline pipeline, ReadResult result, Func<ExtractionRecord, T> finish)
        where T : class
    {
        if (result.Failure is { } failure)
        {
            return new Extracted<T>(failure.Location, null, failure.ToString());
        }

        var source = result.Source!;
        try
        {
            return new Extracted<T>(source.Location, finish(RecordMapper.ToRecord(pipeline.Process(source))), null);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or NullReferenceException or KeyNotFoundException)
        {
            // A fault of ours on one article must not end the batch: name the article and go on.
            return new Extracted<T>(source.Location, null, $"{source.Location}: extraction failed ({error.GetType().Name}: {error.Message})");
        }
    }
}
