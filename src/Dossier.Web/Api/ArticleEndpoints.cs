using Dossier.Records;
using Dossier.Store;
using Dossier.Store.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Api;

/// <summary>/api/articles: the stored articles, each with its whole record.</summary>
internal static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/articles").WithTags("articles");
        group.MapGet("/", List).WithName("ListArticles").WithSummary("Stored articles, newest first.");
        group.MapGet("/{id}", Get).WithName("GetArticle").WithSummary("One article's extraction record with all its layers.");
        group.MapGet("/{id}/copies", Copies).WithName("GetArticleCopies")
            .WithSummary("Where an article's text comes from and where it went: the original it copies, its whole copies, the paragraphs it shares with others, its story.");
    }

    private static Results<Ok<Page<ArticleSummary>>, ProblemHttpResult> List(
        [AsParameters] ArticleParameters filter, [AsParameters] PageParameters paging, IStoreQueries store)
    {
        var check = new QueryCheck();
        var query = new ArticleFilter(
            check.EntityId("entity", filter.Entity),
            check.Language("language", filter.Language),
            check.Date("from", filter.From),
            check.Date("to", filter.To),
            check.StoryId("story", filter.Story));
        var page = check.Page(paging.Offset, paging.Limit);
        return check.Problem is { } problem ? problem : TypedResults.Ok(store.Articles(query, page));
    }

    private static Results<Ok<ExtractionRecord>, ProblemHttpResult> Get(string id, IStoreQueries store) =>
        QueryCheck.BadArticleId(id) is { } problem ? problem
        : store.Article(id) is { } record ? TypedResults.Ok(record)
        : Problems.Missing($"Article {id}");

    private static Results<Ok<ArticleDetail>, ProblemHttpResult> Copies(string id, IStoreQueries store) =>
        QueryCheck.BadArticleId(id) is { } problem ? problem
        : store.ArticleCopies(id) is { } detail ? TypedResults.Ok(detail)
        : Problems.Missing($"Article {id}");
}
