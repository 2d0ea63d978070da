using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using NkFunctions.Core.Content.Search;

namespace NkFunctions.Content;

/// <summary>Full-text search for site builders. A literal route at the root, so no parameter route can shadow it.</summary>
public sealed class SearchFunctions(SearchApi search)
{
    /// <summary>Articles and sections matching <c>q</c>, best first, with highlighted snippets.</summary>
    [Function(nameof(SearchArticles))]
    public Task<IResult> SearchArticles(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "search")] HttpRequest request) =>
        search.SearchAsync(request);
}
