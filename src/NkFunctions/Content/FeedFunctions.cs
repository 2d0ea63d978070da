using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Feeds;

namespace NkFunctions.Content;

/// <summary>The site's feeds. Literal routes at the root, so no parameter route can shadow them.</summary>
public sealed class FeedFunctions(FeedApi feeds)
{
    /// <summary>RSS 2.0.</summary>
    [Function(nameof(GetRssFeed))]
    public IResult GetRssFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "feed.xml")] HttpRequest request) =>
        feeds.Rss(request);

    /// <summary>Atom 1.0.</summary>
    [Function(nameof(GetAtomFeed))]
    public IResult GetAtomFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "atom.xml")] HttpRequest request) =>
        feeds.Atom(request);

    /// <summary>JSON Feed 1.1.</summary>
    [Function(nameof(GetJsonFeed))]
    public IResult GetJsonFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "feed.json")] HttpRequest request) =>
        feeds.Json(request);
}
