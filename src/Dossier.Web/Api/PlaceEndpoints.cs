using Dossier.Store.Queries;
using Dossier.Web.Geo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Api;

/// <summary>/api/places: the stored entities that have a point on the map.</summary>
internal static class PlaceEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/places", List).WithTags("entities").WithName("ListPlaces")
            .WithSummary("Countries and places mentioned in the store, or in one story, with their coordinates.");

    private static Results<Ok<IReadOnlyList<PlaceRow>>, ProblemHttpResult> List([AsParameters] StoryScope scope, IStoreQueries store)
    {
        var check = new QueryCheck();
        var story = check.StoryId("story", scope.Story);
        return check.Problem is { } problem ? problem : TypedResults.Ok(Places(store, PlaceBook.Default, story));
    }

    /// <summary>The places of the store, or of one story's articles when <paramref name="storyId"/> is given.</summary>
    public static IReadOnlyList<PlaceRow> Places(IStoreQueries store, PlaceBook book, string? storyId = null)
    {
        var places = new List<PlaceRow>();
        foreach (var type in (string[])["GPE", "LOC", "FAC"])
        {
            for (var offset = 0; ; offset += PageRequest.MaxLimit)
            {
                var page = store.Entities(new EntityFilter(type, StoryId: storyId), new PageRequest(offset, PageRequest.MaxLimit));
                places.AddRange(page.Items
                    .Select(e => (Entity: e, Point: book.Locate(e.Id)))
                    .Where(p => p.Point is not null)
                    .Select(p => new PlaceRow(p.Entity.Id, p.Entity.Name, book.IsCountry(p.Entity.Id) ? "country" : "place",
                        p.Point!.Value.Latitude, p.Point.Value.Longitude, p.Entity.Articles, p.Entity.Mentions)));
                if (offset + PageRequest.MaxLimit >= page.Total)
                {
                    break;
                }
            }
        }

        return places;
    }
}

/// <param name="Kind">"country" (a point standing for the whole country) or "place" (a town, a port).</param>
public sealed record PlaceRow(string Id, string Name, string Kind, double Latitude, double Longitude, long Articles, long Mentions);
