using System.Globalization;
using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Sitemap;

/// <summary><c>/api/sitemap.xml</c> and, when the sitemap is split, its parts at <c>/api/sitemaps/{part}</c>.</summary>
public sealed class SitemapApi(ContentStore store, PublicBaseResolver bases, ApiResults results)
{
    private readonly BaseBoundCache<SitemapSet> _sitemaps = new();

    /// <summary><c>GET /api/sitemap.xml</c>: the urlset, or the sitemap index past 50,000 URLs.</summary>
    public IResult Sitemap(HttpRequest request) => results.Content(Sitemaps(request, routeSegments: 1).Root, negotiated: false);

    /// <summary><c>GET /api/sitemaps/{part}</c>: one part of a split sitemap, numbered from 1.</summary>
    public IResult Part(HttpRequest request, string part)
    {
        var parts = Sitemaps(request, routeSegments: 2).Parts;
        return int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= parts.Count
            ? results.Content(parts[n - 1], negotiated: false)
            : results.NotFound("sitemap-not-found", $"There is no sitemap part '{ProblemText.Shorten(part ?? string.Empty)}'; GET /api/sitemap.xml lists the parts, if the sitemap is split at all.");
    }

    private SitemapSet Sitemaps(HttpRequest request, int routeSegments)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _sitemaps.Get(store.Catalog, bases.Resolve(request, routeSegments), static (c, b) => SitemapSet.Render(c.Published, b));
    }
}
