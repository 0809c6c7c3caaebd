using Dossier.Store.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Api;

/// <summary>/api/entities: who and what the articles mention, most mentioned first.</summary>
internal static class EntityEndpoints
{
    private const int FactsShown = 100;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/entities").WithTags("entities");
        group.MapGet("/", List).WithName("ListEntities").WithSummary("Entities by the number of articles that mention them.");
        group.MapGet("/{id}", Get).WithName("GetEntity").WithSummary("One entity: mentions over time, its quotes, events and transfers.");
    }

    private static Results<Ok<Page<EntitySummary>>, ProblemHttpResult> List(
        [AsParameters] EntityParameters filter, [AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = new EntityFilter(check.OneOf("type", filter.Type, QueryCheck.EntityTypes), check.Text("name", filter.Name, 200));
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Entities(query, page));
    }

    private static Results<Ok<EntityDetail>, ProblemHttpResult> Get(string id, IStoreQueries store)
    {
        if (QueryCheck.BadEntityId(id) is { } problem)
        {
            return problem;
        }

        if (store.Entity(id) is not { } entity)
        {
            return Problems.Missing($"Entity {id}");
        }

        var facts = new FactFilter(EntityId: id);
        var first = new PageRequest(0, FactsShown);
        return TypedResults.Ok(new EntityDetail(
            entity,
            store.MentionsByMonth(id),
            store.Quotes(facts, first),
            store.Events(facts, first),
            store.Transfers(new TransferFilter(EntityId: id), first)));
    }
}

/// <summary>An entity and the first facts about it; the lists' totals say when there are more.</summary>
public sealed record EntityDetail(
    EntitySummary Entity,
    IReadOnlyList<MonthCount> MentionsByMonth,
    Page<QuoteRow> Quotes,
    Page<EventRow> Events,
    Page<TransferRow> Transfers);
