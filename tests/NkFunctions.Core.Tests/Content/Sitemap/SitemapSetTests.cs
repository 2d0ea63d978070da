using System.Xml.Linq;
using NkFunctions.Core.Content.Sitemap;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;
using NkFunctions.Core.Tests.Content.Listing;

namespace NkFunctions.Core.Tests.Content.Sitemap;

public sealed class SitemapSetTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly PublicBase Base = new("https://api.nk.example/api", "https://nk.example");

    [Fact]
    public void Render_UpToTheLimit_OneUrlSetWithLastmod()
    {
        var set = SitemapSet.Render(ListingArticles.Make(3), Base);

        Assert.Empty(set.Parts);
        var root = Parse(set.Root);
        Assert.Equal(Ns + "urlset", root.Name);
        var urls = root.Elements(Ns + "url").ToList();
        Assert.Equal("https://nk.example/articles/article-000", urls[0].Element(Ns + "loc")!.Value);
        Assert.Equal("2026-11-30", urls[0].Element(Ns + "lastmod")!.Value);
        Assert.Equal("application/xml; charset=utf-8", set.Root.ContentType);
    }

    [Fact]
    public void Render_GeneratedCatalogPastFiftyThousand_IndexOfTwoParts()
    {
        var articles = ListingArticles.Make(SitemapSet.MaxUrls + 1);

        var set = SitemapSet.Render(articles, Base);

        var index = Parse(set.Root);
        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(
            ["https://api.nk.example/api/sitemaps/1", "https://api.nk.example/api/sitemaps/2"],
            index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        Assert.Equal(2, set.Parts.Count);
        Assert.Equal(SitemapSet.MaxUrls, Parse(set.Parts[0]).Elements(Ns + "url").Count());
        var last = Assert.Single(Parse(set.Parts[1]).Elements(Ns + "url"));
        Assert.Equal("https://nk.example/articles/article-" + SitemapSet.MaxUrls, last.Element(Ns + "loc")!.Value);
    }

    [Fact]
    public void Render_Split_EachPartsLastmodIsItsNewest()
    {
        var set = SitemapSet.Render(ListingArticles.Make(5), Base, maxUrls: 2);

        var sitemaps = Parse(set.Root).Elements(Ns + "sitemap").ToList();
        Assert.Equal(3, set.Parts.Count);
        Assert.Equal(["2026-11-30", "2026-11-28", "2026-11-26"], sitemaps.Select(s => s.Element(Ns + "lastmod")!.Value));
        Assert.Equal(5, set.Parts.Sum(p => Parse(p).Elements(Ns + "url").Count()));
    }

    [Fact]
    public void Render_NoArticles_EmptyUrlSet()
    {
        var root = Parse(SitemapSet.Render([], Base).Root);

        Assert.Equal(Ns + "urlset", root.Name);
        Assert.Empty(root.Elements());
    }

    private static XElement Parse(Representation representation) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(representation.Body.Span)).Root!;
}
