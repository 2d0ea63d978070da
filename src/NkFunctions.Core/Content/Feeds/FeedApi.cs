using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>
/// <c>/api/feed.xml</c> (RSS 2.0), <c>/api/atom.xml</c> (Atom 1.0) and <c>/api/feed.json</c> (JSON Feed 1.1): the newest
/// articles, rendered once per catalog and public base, with the content API's caching and ETags. Each URL has one
/// format, so there is no negotiation: feed readers send all sorts of <c>Accept</c> headers and expect the feed anyway.
/// </summary>
public sealed class FeedApi(ContentStore store, PublicBaseResolver bases, ApiResults results, IOptions<FeedOptions> options)
{
    private readonly BaseBoundCache<FeedSet> _feeds = new();
    private readonly FeedOptions _options = options.Value;

    /// <summary><c>GET /api/feed.xml</c>.</summary>
    public IResult Rss(HttpRequest request) => results.Content(Feeds(request).Rss, negotiated: false);

    /// <summary><c>GET /api/atom.xml</c>.</summary>
    public IResult Atom(HttpRequest request) => results.Content(Feeds(request).Atom, negotiated: false);

    /// <summary><c>GET /api/feed.json</c>.</summary>
    public IResult Json(HttpRequest request) => results.Content(Feeds(request).Json, negotiated: false);

    private FeedSet Feeds(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = store.Catalog;
        return _feeds.Get(catalog, bases.Resolve(request, routeSegments: 1), (c, b) => FeedSet.Render(c.Published, b, _options, c.LoadedAt));
    }
}
