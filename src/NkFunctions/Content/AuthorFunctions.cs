using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Listing;

namespace NkFunctions.Content;

/// <summary>
/// Authors for site builders: the author list and one author's articles. Routes under <c>authors/</c> so no article
/// route can shadow them, whatever the function names sort as.
/// </summary>
public sealed class AuthorFunctions(ListingApi listing)
{
    /// <summary>Every author with their article count and, from <c>authors.yml</c>, bio and links.</summary>
    [Function(nameof(ListAuthors))]
    public IResult ListAuthors(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "authors")] HttpRequest request) =>
        listing.ListAuthors(request);

    /// <summary>An author and a page of their articles.</summary>
    [Function(nameof(GetAuthor))]
    public IResult GetAuthor(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "authors/{author}")] HttpRequest request,
        string author) =>
        listing.GetAuthor(request, author);
}
