using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Dossier.Bench.Measuring;

namespace Dossier.Bench.Web;

/// <summary>
/// A bounded load generator for `dossier serve`: a fixed number of clients, each sending its next
/// request as soon as the last one is answered, for a fixed time; then requests/s and latency
/// percentiles per endpoint. Closed loop on purpose: it measures what the server sustains without
/// queueing requests the server cannot take.
/// `dotnet run -c Release --project bench/Dossier.Bench -- web URL [CLIENTS] [SECONDS]`
/// </summary>
internal static class LoadGenerator
{
    // Words the generated bench articles and the samples both use, common and rare alike.
    private static readonly string[] SearchWords =
        ["drones", "artillery shells", "satellite images", "grain", "Pyongyang", "customs records", "United Nations", "tanks", "munitions", "port"];

    public static async Task Run(string[] args)
    {
        var server = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5000");
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };

        var stories = await StoryIds(http);
        Console.WriteLine($"{server}: {stories.Count} stories sampled; {clients} clients, {seconds} s per endpoint");
        var random = new Random(11);
        await Measure(http, "GET /api/stories/{id}", clients, seconds, () => $"/api/stories/{stories[random.Next(stories.Count)]}");
        await Measure(http, "GET /api/search?q=…", clients, seconds, () => $"/api/search?q={Uri.EscapeDataString(SearchWords[random.Next(SearchWords.Length)])}");
        await Measure(http, "GET /api/stories", clients, seconds, () => "/api/stories?limit=50");
    }

    /// <summary>The stories requests are spread over: the first page of the list (the most recent).</summary>
    private static async Task<List<string>> StoryIds(HttpClient http)
    {
        using var list = await http.GetFromJsonAsync<JsonDocument>("/api/stories?limit=500")
            ?? throw new InvalidOperationException("/api/stories answered nothing");
        var ids = list.RootElement.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        return ids.Count > 0 ? ids : throw new InvalidOperationException("the store has no story");
    }

    private static async Task Measure(HttpClient http, string name, int clients, double seconds, Func<string> nextPath)
    {
        // One warm-up request per client: connections opened and the server's caches filled outside the timing.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Send(http, Next(nextPath))));
        var deadline = Stopwatch.StartNew();
        var runs = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Client(http, nextPath, deadline, seconds)));
        var elapsed = deadline.Elapsed.TotalSeconds;
        var latencies = runs.SelectMany(r => r.Latencies).Order().ToArray();
        var failures = runs.Sum(r => r.Failures);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} {latencies.Length,7} ok {failures,4} failed  {latencies.Length / elapsed,8:0.0} req/s  p50 {Latencies.Percentile(latencies, 0.50),7:0.0} ms  p99 {Latencies.Percentile(latencies, 0.99),7:0.0} ms  max {latencies.LastOrDefault(),7:0.0} ms"));
    }

    private static async Task<(List<double> Latencies, int Failures)> Client(HttpClient http, Func<string> nextPath, Stopwatch deadline, double seconds)
    {
        var latencies = new List<double>();
        var failures = 0;
        while (deadline.Elapsed.TotalSeconds < seconds)
        {
            var path = Next(nextPath);
            var clock = Stopwatch.StartNew();
            if (await Send(http, path))
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            else
            {
                failures++;
            }
        }

        return (latencies, failures);
    }

    // The random source is shared by the clients: draw under a lock.
    private static string Next(Func<string> nextPath)
    {
        lock (SearchWords)
        {
            return nextPath();
        }
    }

    /// <summary>Sends one request and reads the whole answer; false for an error status or a failed connection.</summary>
    private static async Task<bool> Send(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
