using System.Collections.Concurrent;
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
    private readonly BaseBoundCache<ConcurrentDictionary<string, FeedSet>> _tagFeeds = new();
    private readonly FeedOptions _options = options.Value;

    /// <summary><c>GET /api/feed.xml</c>.</summary>
    public IResult Rss(HttpRequest request) => results.Content(Feeds(request).Rss, negotiated: false);

    /// <summary><c>GET /api/atom.xml</c>.</summary>
    public IResult Atom(HttpRequest request) => results.Content(Feeds(request).Atom, negotiated: false);

    /// <summary><c>GET /api/feed.json</c>.</summary>
    public IResult Json(HttpRequest request) => results.Content(Feeds(request).Json, negotiated: false);

    /// <summary><c>GET /api/tags/{tag}/feed.xml</c>.</summary>
    public IResult TagRss(HttpRequest request, string tag) => TagFeed(request, tag, static f => f.Rss);

    /// <summary><c>GET /api/tags/{tag}/atom.xml</c>.</summary>
    public IResult TagAtom(HttpRequest request, string tag) => TagFeed(request, tag, static f => f.Atom);

    /// <summary><c>GET /api/tags/{tag}/feed.json</c>.</summary>
    public IResult TagJson(HttpRequest request, string tag) => TagFeed(request, tag, static f => f.Json);

    // A tag's feeds are rendered on first request and kept with the catalog and base, like the site's; only known tags
    // get an entry, so the cache is bounded by the content.
    private IResult TagFeed(HttpRequest request, string tag, Func<FeedSet, Representation> pick)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tag);
        var catalog = store.Catalog;
        if (!catalog.Index.TagsBySlug.TryGetValue(Listing.TagSlug.From(tag), out var info))
        {
            return results.NotFound("tag-not-found", $"No published article has the tag '{ProblemText.Shorten(tag)}'. GET /api/tags lists them.");
        }

        var publicBase = bases.Resolve(request, routeSegments: 3);
        var byTag = _tagFeeds.Get(catalog, publicBase, static (_, _) => new ConcurrentDictionary<string, FeedSet>(StringComparer.Ordinal));
        var feeds = byTag.GetOrAdd(info.Slug, _ =>
        {
            var tagged = catalog.Index.Select(Listing.ArticleQuery.Default with { Tag = info.Slug, Limit = _options.MaxItems });
            var articles = tagged.Page.ToArray().Select(p => catalog.Published[p]).ToList();
            return FeedSet.RenderTag(articles, info, publicBase, _options, catalog.LoadedAt);
        });
        return results.Content(pick(feeds), negotiated: false);
    }

    private FeedSet Feeds(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = store.Catalog;
        return _feeds.Get(catalog, bases.Resolve(request, routeSegments: 1), (c, b) => FeedSet.Render(c.Published, b, _options, c.LoadedAt));
    }
}
