using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Content;

/// <summary>The content API: articles and their sections, pre-rendered, for static front ends.</summary>
public sealed class ArticleFunctions(ContentApi api, ListingApi listing)
{
    /// <summary>Published articles, a page at a time, filtered and ordered by the query.</summary>
    [Function(nameof(ListArticles))]
    public IResult ListArticles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "articles")] HttpRequest request) =>
        listing.ListArticles(request);

    /// <summary>One article with its table of contents and sections.</summary>
    [Function(nameof(GetArticle))]
    public IResult GetArticle(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "articles/{slug}")] HttpRequest request,
        string slug) =>
        api.GetArticle(request, slug);

    /// <summary>One section of an article.</summary>
    [Function(nameof(GetSection))]
    public IResult GetSection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "articles/{slug}/sections/{sectionId}")] HttpRequest request,
        string slug,
        string sectionId) =>
        api.GetSection(request, slug, sectionId);
}
