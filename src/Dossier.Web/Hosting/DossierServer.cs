using Dossier.Store;
using Dossier.Store.Queries;
using Dossier.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>The web application of `dossier serve`: the REST API under /api, its OpenAPI document and the page.</summary>
public static class DossierServer
{
    public const string OpenApiPath = "/openapi.json";

    /// <summary>Builds the application over a store that <paramref name="writer"/> has opened (and so created or migrated).</summary>
    public static WebApplication Build(ServerOptions options, IArticleStore writer)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.UseKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(json => WebJson.Configure(json.SerializerOptions));
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Extensions.TryAdd("code", CodeOf(status));
        });
        builder.Services.AddOpenApi(OpenApiDocument.Configure);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(StoreQueries.OpenSqlite(options.DatabasePath));
        builder.Services.AddSingleton(_ => new ArticleIngester(writer));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = error => error switch
            {
                StoreException => StatusCodes.Status503ServiceUnavailable,
                BadHttpRequestException bad => bad.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi(OpenApiPath);

        var api = app.MapGroup("/api");
        ArticleEndpoints.Map(api);
        IngestEndpoint.Map(api);
        EntityEndpoints.Map(api);
        FactEndpoints.Map(api);
        PlaceEndpoints.Map(api);
        StoryEndpoints.Map(api);
        return app;
    }

    private static string CodeOf(int status) => status switch
    {
        400 => "bad_request",
        401 => Problems.Unauthorized,
        403 => "forbidden",
        404 => Problems.NotFound,
        405 => "method_not_allowed",
        413 => Problems.PayloadTooLarge,
        415 => Problems.UnsupportedMediaType,
        503 => Problems.StoreUnavailable,
        _ => Problems.Internal,
    };
}
