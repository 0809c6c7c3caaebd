using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dossier.Web.Tests.Support;

/// <summary>`dossier serve` as a real process on a free loopback port, stopped on dispose.</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process process;
    private int disposed;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the server on port 0 (the system picks a free one) and waits for the line that names the address.</summary>
    public static ServerProcess Start(string database, IReadOnlyDictionary<string, string>? environment = null, params string[] more)
    {
        var process = DossierCommand.Start(environment, ["serve", "--db", database, "--urls", "http://127.0.0.1:0", .. more]);
        var error = process.StandardError.ReadToEndAsync();
        var started = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (ServingLine().Match(line) is { Success: true } match)
                {
                    return new Uri(match.Groups[1].Value);
                }
            }

            return null;
        });
        if (!started.Wait(TimeSpan.FromSeconds(60)) || started.Result is not { } address)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new InvalidOperationException($"dossier serve did not start: {error.Result}");
        }

        // Keep reading so that a full pipe never blocks the server.
        _ = process.StandardOutput.ReadToEndAsync();
        return new ServerProcess(process, address);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"^dossier: serving .* on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingLine();
}
