using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
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
/// the content, and a repeated search revalidates to a 304 like any list page.
/// </summary>
public sealed class SearchApi(ContentStore store, PublicBaseResolver bases, ApiResults results, ILogger<SearchApi> logger)
{
    private readonly SearchIndexCache _indexes = new(logger);

    /// <summary><c>GET /api/search?q=…</c>.</summary>
    public IResult Search(HttpRequest request)
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

        var index = _indexes.For(store.Catalog);
        var terms = SearchTerms.Parse(query!.Text, index.Analyzer);
        var page = index.Search(terms, query.Tag, query.Offset, query.Limit);
        var meta = PageMeta.For(query.Limit, query.Offset, page.Total);
        var bytes = SearchPageWriter.Write(index, terms, query, page, meta, bases.Resolve(request, routeSegments: 1));
        var link = PageLinks.Header(request.PathBase.Value + request.Path.Value, Filters(query), query.ByCursor, meta);
        return new HeaderedResult(results.Content(Representation.FromBytes(bytes, MediaTypes.Json), negotiated: false), [new(HeaderNames.Link, link)]);
    }

    /// <summary>Builds the index of the content being served, if it is not built yet.</summary>
    public void Warm() => _indexes.For(store.Catalog);

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
