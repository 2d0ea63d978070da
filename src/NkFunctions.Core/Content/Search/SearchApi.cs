using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NkFunctions.Core.Content.Listing;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// <c>GET /api/search</c>: full-text search over the published articles' titles, section headings, tags and text,
/// answered per article with its best sections and highlighted snippets, paginated like <c>/api/articles</c>. The
/// response is computed per request; its ETag is the hash of its bytes, so it changes with the query, the page and
/// the content, and a repeated search revalidates to a 304 like any list page. While the index of the content being
/// served is still being built (start-up, a reload in preview), it answers 503 with <c>Retry-After</c> after a short
/// wait: never results from other content, never a false empty page.
/// </summary>
public sealed class SearchApi(ContentStore store, SearchIndexCache indexes, PublicBaseResolver bases, ApiResults results)
{
    /// <summary><c>GET /api/search?q=…</c>.</summary>
    public async Task<IResult> SearchAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ContentNegotiation.Choose(request.Headers.Accept, ContentMediaTypes.JsonOnly) < 0)
        {
            return results.NotAcceptable(ContentMediaTypes.JsonOnly);
        }

        var (query, error) = SearchQueryParser.Parse(request.Query);
        if (error is not null)
        {
            return results.BadRequest(error.Code, error.Detail);
        }

        var state = await indexes.GetAsync(() => store.Catalog, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (state.Index is not { } index)
        {
            return state.Status == SearchIndexStatus.Failed
                ? results.ServiceUnavailable("search-index-failed", "Building the search index failed; the error is in the service's log. A search after Retry-After builds it again.", state.RetryAfter)
                : results.ServiceUnavailable("search-index-building", "The search index of the current content is being built. Retry after the seconds in Retry-After.", state.RetryAfter);
        }

        var terms = SearchTerms.Parse(query!.Text, index.Analyzer);
        var page = index.Search(terms, query.Tag, query.Offset, query.Limit);
        var meta = PageMeta.For(query.Limit, query.Offset, page.Total);
        var bytes = SearchPageWriter.Write(index, terms, query, page, meta, bases.Resolve(request, routeSegments: 1));
        var link = PageLinks.Header(request.PathBase.Value + request.Path.Value, Filters(query), query.ByCursor, meta);
        return new HeaderedResult(results.Content(Representation.FromBytes(bytes, MediaTypes.Json), negotiated: false), [new(HeaderNames.Link, link)]);
    }

    /// <summary>Starts building the index of the content being served, if it is not built or being built; does not wait.</summary>
    public void Warm() => indexes.Start(store.Catalog);

    // The parameters that shape the result but the position, canonically, for the Link header.
    private static string Filters(SearchQuery query)
    {
        var text = new StringBuilder();
        PageLinks.Append(text, "q", query.Text);
        PageLinks.Append(text, "tag", query.Tag);
        PageLinks.Append(text, "limit", query.Limit == SearchQuery.DefaultLimit ? null : query.Limit.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
