using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Api;

/// <summary>
/// Errors as RFC 9457 problem details, each with a stable machine-readable <c>code</c> beside the
/// human <c>detail</c>: clients branch on the code, people read the detail.
/// </summary>
public static class Problems
{
    public const string InvalidParameter = "invalid_parameter";
    public const string NotFound = "not_found";
    public const string InvalidArticle = "invalid_article";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string IngestForbidden = "ingest_forbidden";
    public const string Unauthorized = "unauthorized";
    public const string StoreUnavailable = "store_unavailable";
    public const string Internal = "internal_error";

    public static ProblemHttpResult Of(int status, string code, string detail) => TypedResults.Problem(Details(status, code, detail));

    public static ProblemDetails Details(int status, string code, string detail) => new()
    {
        Status = status,
        Title = Title(status),
        Detail = detail,
        Type = $"urn:dossier:problem:{code}",
        Extensions = { ["code"] = code },
    };

    public static ProblemHttpResult BadParameter(string detail) => Of(StatusCodes.Status400BadRequest, InvalidParameter, detail);

    public static ProblemHttpResult Missing(string what) => Of(StatusCodes.Status404NotFound, NotFound, $"{what} is not in the store.");

    private static string Title(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "A token is required",
        403 => "Not allowed here",
        404 => "Not found",
        413 => "The request is too large",
        415 => "Unsupported media type",
        503 => "The store cannot be used",
        _ => "The server failed",
    };
}
