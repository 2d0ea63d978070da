using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Feeds;

namespace NkFunctions.Content;

/// <summary>
/// One tag's feeds. Three segments under <c>tags/</c>, so neither <c>tags/{tag}</c> nor any article route can match them.
/// </summary>
public sealed class TagFeedFunctions(FeedApi feeds)
{
    /// <summary>RSS 2.0 of a tag's articles.</summary>
    [Function(nameof(GetTagRssFeed))]
    public IResult GetTagRssFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "tags/{tag}/feed.xml")] HttpRequest request,
        string tag) =>
        feeds.TagRss(request, tag);

    /// <summary>Atom 1.0 of a tag's articles.</summary>
    [Function(nameof(GetTagAtomFeed))]
    public IResult GetTagAtomFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "tags/{tag}/atom.xml")] HttpRequest request,
        string tag) =>
        feeds.TagAtom(request, tag);

    /// <summary>JSON Feed 1.1 of a tag's articles.</summary>
    [Function(nameof(GetTagJsonFeed))]
    public IResult GetTagJsonFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "tags/{tag}/feed.json")] HttpRequest request,
        string tag) =>
        feeds.TagJson(request, tag);
}
