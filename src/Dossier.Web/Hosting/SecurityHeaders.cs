using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Hosting;

/// <summary>
/// Headers that keep untrusted article text inert even if a bug ever put it into markup: scripts
/// only from the server's own files, no plugins, no framing, no content-type guessing.
/// </summary>
internal static class SecurityHeaders
{
    // Leaflet and vis-timeline position their elements with style attributes, hence 'unsafe-inline'
    // for styles only; scripts never run inline.
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
