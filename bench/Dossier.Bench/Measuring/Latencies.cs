using System.Diagnostics;

namespace Dossier.Bench.Measuring;

/// <summary>Latencies of repeated calls, read as percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    /// <summary>Runs the call once and keeps how long it took.</summary>
    public T Time<T>(Func<T> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = call();
        _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>p50, p99 and max, in milliseconds.</summary>
    public string Summary()
    {
        var sorted = _milliseconds.Order().ToArray();
        return $"p50 {Percentile(sorted, 0.50),7:0.00} ms  p99 {Percentile(sorted, 0.99),7:0.00} ms  max {sorted.LastOrDefault(),7:0.00} ms";
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
