using Dossier.Store;
using Dossier.Store.Queries;
using Dossier.Web.Geo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Api;

/// <summary>
/// /api/stories, /api/timeline and /api/contradictions: the articles the store has grouped by
/// what they tell, and what their facts look like across those articles.
/// </summary>
internal static class StoryEndpoints
{
    /// <summary>Rows of each list in one story's answer; the lists' totals say when there are more.</summary>
    private const int RowsShown = 200;

    /// <summary>
    /// Fused facts in one story's answer: the best sourced are those with the most sources, and
    /// each source is read with its layer row and its article's text, so fewer than the rows.
    /// </summary>
    private const int FactsShown = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/stories").WithTags("stories");
        group.MapGet("/", List).WithName("ListStories").WithSummary("Stories with their label, article counts and date span, the most recent first.");
        group.MapGet("/{id}", Get).WithName("GetStory")
            .WithSummary("One story: its articles, fused facts, timeline, transfers, claims, graph, places and contradictions.");
        api.MapGet("/timeline", Timeline).WithTags("stories").WithName("Timeline")
            .WithSummary("Fused events and transfers by the date they happened, with their independent sources.");
        api.MapGet("/contradictions", Contradictions).WithTags("facts").WithName("ListContradictions")
            .WithSummary("Facts whose sources disagree, and how.");
    }

    private static Results<Ok<Page<StorySummary>>, ProblemHttpResult> List([AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Stories(page));
    }

    private static Results<Ok<StoryView>, ProblemHttpResult> Get(string id, IStoreQueries store)
    {
        if (QueryCheck.BadStoryId(id) is { } problem)
        {
            return problem;
        }

        if (store.StoryOverview(id, RowsShown, FactsShown) is not { } story)
        {
            return Problems.Missing($"Story {id}");
        }

        var facts = new FactFilter(StoryId: id);
        var first = new PageRequest(0, RowsShown);
        return TypedResults.Ok(new StoryView(
            story.Story,
            story.Articles,
            story.Facts,
            story.Timeline,
            store.Events(facts, first),
            store.Transfers(new TransferFilter(StoryId: id), first),
            store.Quotes(facts, first),
            store.Relations(facts),
            PlaceEndpoints.Places(store, PlaceBook.Default, id),
            [.. store.Contradictions(id).Take(RowsShown).Select(c => c with { Fact = c.Fact with { Sources = [.. c.Fact.Sources.Take(StoryOverview.SourcesShown)] } })]));
    }

    private static Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult> Timeline([AsParameters] TimelineParameters filter, IStoreQueries store)
    {
        var check = new QueryCheck();
        var story = check.StoryId("story", filter.Story);
        var entity = check.EntityId("entity", filter.Entity);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Timeline(story, entity));
    }

    private static Results<Ok<IReadOnlyList<Contradiction>>, ProblemHttpResult> Contradictions([AsParameters] StoryScope scope, IStoreQueries store)
    {
        var check = new QueryCheck();
        var story = check.StoryId("story", scope.Story);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Contradictions(story));
    }
}

/// <summary>
/// Everything the page draws for one story, each list bounded (the story's counts say how much
/// there is). <paramref name="Facts"/> are the best-sourced fused facts, each with its independent
/// sources and its first sources; <paramref name="Contradictions"/> are facts whose sources disagree.
/// </summary>
/// <param name="Articles">The story's first articles by publication, copies marked.</param>
/// <param name="Timeline">The dated events and transfers among <paramref name="Facts"/>.</param>
/// <param name="Claims">The story's quotes, each with the fact it states.</param>
/// <param name="Graph">Pairs of entities linked by the story's events and transfers.</param>
/// <param name="Places">The places the story's articles mention that have a point on the map.</param>
public sealed record StoryView(
    StorySummary Story,
    IReadOnlyList<StoryArticle> Articles,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<TimelineEntry> Timeline,
    Page<EventRow> Events,
    Page<TransferRow> Transfers,
    Page<QuoteRow> Claims,
    IReadOnlyList<RelationRow> Graph,
    IReadOnlyList<PlaceRow> Places,
    IReadOnlyList<Contradiction> Contradictions);
