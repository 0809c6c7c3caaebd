using System.Net;

namespace Dossier.Web.Hosting;

/// <summary>Whether the server listens only where no other machine can reach it.</summary>
public static class Loopback
{
    public static bool Only(IEnumerable<string> urls) => urls.All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards ("http://*:80", "http://+:80") listen everywhere.
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
