using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Sitemap;

namespace NkFunctions.Content;

/// <summary>The sitemap of the articles' public pages. Routes outside <c>articles/</c>, so no parameter route shadows them.</summary>
public sealed class SitemapFunctions(SitemapApi sitemaps)
{
    /// <summary>The sitemap, or its index when split.</summary>
    [Function(nameof(GetSitemap))]
    public IResult GetSitemap(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "sitemap.xml")] HttpRequest request) =>
        sitemaps.Sitemap(request);

    /// <summary>One part of a split sitemap.</summary>
    [Function(nameof(GetSitemapPart))]
    public IResult GetSitemapPart(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "sitemaps/{part}")] HttpRequest request,
        string part) =>
        sitemaps.Part(request, part);
}
