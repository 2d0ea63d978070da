using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Content;

/// <summary>
/// Tags for site builders: the tag list and one tag's articles. Routes under <c>tags/</c> so no article route can
/// shadow them, whatever the function names sort as.
/// </summary>
public sealed class TagFunctions(ListingApi listing)
{
    /// <summary>Every tag with its article count.</summary>
    [Function(nameof(ListTags))]
    public IResult ListTags(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "tags")] HttpRequest request) =>
        listing.ListTags(request);

    /// <summary>A tag and a page of its articles.</summary>
    [Function(nameof(GetTag))]
    public IResult GetTag(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "tags/{tag}")] HttpRequest request,
        string tag) =>
        listing.GetTag(request, tag);
}
