using Dossier.Store;
using Dossier.Store.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Api;

/// <summary>/api/quotes, /api/events, /api/transfers, /api/relations and /api/search: facts across articles, each with its evidence.</summary>
internal static class FactEndpoints
{
    private static readonly string[] QuoteTypes = ["direct", "reported"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/quotes", Quotes).WithTags("facts").WithName("ListQuotes").WithSummary("Quotes, oldest article first.");
        api.MapGet("/events", Events).WithTags("facts").WithName("ListEvents").WithSummary("Events by date.");
        api.MapGet("/transfers", Transfers).WithTags("facts").WithName("ListTransfers").WithSummary("Arms and materiel transfers with route, status and evidence.");
        api.MapGet("/relations", Relations).WithTags("facts").WithName("ListRelations").WithSummary("Pairs of entities linked by events and transfers, with counts.");
        api.MapGet("/search", Search).WithTags("search").WithName("Search").WithSummary("Full-text search over titles and texts, best first.");
    }

    private static Results<Ok<Page<QuoteRow>>, ProblemHttpResult> Quotes(
        [AsParameters] FactParameters filter, [AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = Facts(check, filter, QueryCheck.Statuses) with { Type = check.OneOf("type", filter.Type, QuoteTypes) };
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Quotes(query, page));
    }

    private static Results<Ok<Page<EventRow>>, ProblemHttpResult> Events(
        [AsParameters] FactParameters filter, [AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = Facts(check, filter, QueryCheck.Statuses) with { Type = check.OneOf("type", filter.Type, QueryCheck.EventTypes) };
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Events(query, page));
    }

    private static Results<Ok<Page<TransferRow>>, ProblemHttpResult> Transfers(
        [AsParameters] TransferParameters filter, [AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = new TransferFilter(
            check.EntityId("supplier", filter.Supplier),
            check.EntityId("recipient", filter.Recipient),
            check.OneOf("status", filter.Status, QueryCheck.Statuses),
            check.EntityId("entity", filter.Entity),
            check.ArticleId("article", filter.Article),
            check.Date("from", filter.From),
            check.Date("to", filter.To),
            check.StoryId("story", filter.Story));
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Transfers(query, page));
    }

    private static Results<Ok<IReadOnlyList<RelationRow>>, ProblemHttpResult> Relations([AsParameters] FactParameters filter, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = Facts(check, filter, QueryCheck.Statuses) with
        {
            Type = check.OneOf("type", filter.Type, [.. QueryCheck.EventTypes, "TRANSFER"]),
        };
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Relations(query));
    }

    private static Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult> Search([AsParameters] SearchParameters parameters, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = new SearchQuery(
            check.Required("q", parameters.Q, 500),
            check.Language("language", parameters.Language),
            check.EntityId("entity", parameters.Entity),
            check.Date("from", parameters.From),
            check.Date("to", parameters.To),
            check.Integer("limit", parameters.Limit, 1, PageRequest.MaxLimit, 20),
            check.StoryId("story", parameters.Story));
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Search(query));
    }

    private static FactFilter Facts(QueryCheck check, FactParameters filter, IReadOnlyCollection<string> statuses) => new(
        check.EntityId("entity", filter.Entity),
        check.ArticleId("article", filter.Article),
        null,
        check.OneOf("status", filter.Status, statuses),
        check.Date("from", filter.From),
        check.Date("to", filter.To),
        check.StoryId("story", filter.Story));
}
