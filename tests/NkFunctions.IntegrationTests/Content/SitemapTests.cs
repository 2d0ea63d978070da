using System.Net;
using System.Xml.Linq;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>The sitemap over HTTP: every published article's public page with its lastmod, (caching: CachingTests).</summary>
public sealed class SitemapTests(SiteContentFixture site) : IClassFixture<SiteContentFixture>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task GetSitemap_EveryArticleWithLastmod()
    {
        using var response = await site.Client.GetAsync(new Uri("/api/sitemap.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Ns + "urlset", root.Name);
        var urls = root.Elements(Ns + "url").ToList();
        Assert.Equal(SiteContentFixture.Generated + 1, urls.Count);
        Assert.EndsWith("/articles/nk-cells-in-pregnancy", urls[0].Element(Ns + "loc")!.Value, StringComparison.Ordinal);
        Assert.Equal("2026-11-03", urls[0].Element(Ns + "lastmod")!.Value);
        Assert.True(Uri.IsWellFormedUriString(urls[0].Element(Ns + "loc")!.Value, UriKind.Absolute));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("x")]
    public async Task GetSitemapPart_NotSplit_404(string part)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/sitemaps/" + part, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "sitemap-not-found");
    }
}
