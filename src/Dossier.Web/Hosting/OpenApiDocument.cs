using Microsoft.AspNetCore.OpenApi;

namespace Dossier.Web.Hosting;

/// <summary>The OpenAPI document's fixed parts. No server list: the document is the same wherever it is served, so it can be committed.</summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dossier API";
            document.Info.Version = "1";
            document.Info.Description = "Articles, entities and facts (quotes, events, transfers) read from news reports, each with the span of text it came from.";
            document.Servers?.Clear();
            return Task.CompletedTask;
        });
}
