using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Dossier.Web.Api;

/// <summary>
/// POST /api/articles: extract one article and store it. Open only where no one else can reach it
/// (the server bound to loopback) or to whoever holds the configured token.
/// </summary>
internal static partial class IngestEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/articles", Post)
            .WithTags("articles")
            .WithName("IngestArticle")
            .WithSummary("Extract an article (plain text or HTML) and store it with all its layers.")
            .Accepts<IngestRequest>("application/json")
            .DisableAntiforgery();

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Post(
        HttpRequest request, ServerOptions options, ArticleIngester ingester, CancellationToken cancel)
    {
        if (Refusal(request, options) is { } refused)
        {
            return refused;
        }

        if (!request.HasJsonContentType())
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, Problems.UnsupportedMediaType, "Send the article as JSON (Content-Type: application/json).");
        }

        var body = await BoundedBody.ReadAsync(request, options.MaxArticleBytes, cancel);
        if (body is null)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, Problems.PayloadTooLarge, $"An article may be at most {options.MaxArticleBytes} bytes of JSON.");
        }

        IngestRequest? article;
        try
        {
            article = JsonSerializer.Deserialize(body, WebJson.Options.GetTypeInfo(typeof(IngestRequest))) as IngestRequest;
        }
        catch (JsonException error)
        {
            return Invalid($"The body is not the JSON of an article ({error.Message}).");
        }

        if (Reason(article) is { } reason)
        {
            return Invalid(reason);
        }

        var result = ingester.Ingest(article!);
        if (result.Outcome == IngestResult.NoText)
        {
            return Invalid("The article has no text left after cleaning.");
        }

        return result.Outcome == IngestResult.Stored ? TypedResults.Created(result.Location, result) : TypedResults.Ok(result);
    }

    private static ProblemHttpResult? Refusal(HttpRequest request, ServerOptions options)
    {
        if (options.Token is { } token)
        {
            var given = request.Headers.Authorization.ToString();
            var expected = "Bearer " + token;
            // Compared in constant time: the time taken says nothing about how much of a guess was right.
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            {
                request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
                return Problems.Of(StatusCodes.Status401Unauthorized, Problems.Unauthorized, "Adding articles needs the server's token: send Authorization: Bearer TOKEN.");
            }

            return null;
        }

        return Loopback.Only(options.Urls) ? null
            : Problems.Of(StatusCodes.Status403Forbidden, Problems.IngestForbidden,
                "This server listens beyond loopback without a token: adding articles is disabled (set DOSSIER_API_TOKEN to enable it).");
    }

    private static string? Reason(IngestRequest? article)
    {
        if (article is null)
        {
            return "The body must be a JSON object with \"text\" or \"html\".";
        }

        if (string.IsNullOrWhiteSpace(article.Text) == string.IsNullOrWhiteSpace(article.Html))
        {
            return "Give exactly one of \"text\" (plain text) and \"html\" (a page's markup).";
        }

        if (article.Published is { } published && !PublishedDate().IsMatch(published))
        {
            return $"\"published\" must be an ISO 8601 date, as precise as known (2023, 2023-10-14, 2023-10-14T15:53), not \"{Cut(published)}\".";
        }

        if (article.Language is { } language && !LanguageCode().IsMatch(language))
        {
            return $"\"language\" must be an ISO 639-1 code (fr, en), not \"{Cut(language)}\".";
        }

        if (article.Title is { Length: > 1000 } || article.Source is { Length: > 2000 })
        {
            return "\"title\" may be at most 1000 characters and \"source\" at most 2000.";
        }

        return null;
    }

    private static ProblemHttpResult Invalid(string reason) => Problems.Of(StatusCodes.Status400BadRequest, Problems.InvalidArticle, reason);

    private static string Cut(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")]
    private static partial Regex PublishedDate();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}

/// <summary>An article to add: its text or its HTML, and what is known about it.</summary>
/// <param name="Source">Where it came from (a URL or a name); "api" when not given.</param>
public sealed record IngestRequest(string? Text, string? Html, string? Title, string? Published, string? Language, string? Source);

/// <summary>What POST /api/articles did: <c>stored</c>, or <c>already_stored</c> when the same text was there.</summary>
public sealed record IngestResult(string Id, string Outcome, string Location)
{
    public const string Stored = "stored";
    public const string AlreadyStored = "already_stored";
    public const string NoText = "no_text";
}
