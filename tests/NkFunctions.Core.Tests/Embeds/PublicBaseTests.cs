using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Tests.Embeds;

public sealed class PublicBaseTests
{
    [Theory]
    [InlineData("/api/embed/a/b", 3, "http://h:1/api")]
    [InlineData("/api/embed/a/b/", 3, "http://h:1/api")] // a trailing slash routes the same
    [InlineData("/api/oembed", 1, "http://h:1/api")]
    [InlineData("/oembed", 1, "http://h:1")] // an empty route prefix
    [InlineData("/x/api/articles/a", 2, "http://h:1/x/api")]
    public void ApiRoot_IsTheRequestPathWithoutTheRoute(string path, int segments, string expected)
    {
        var resolved = Resolver(new EmbedOptions()).Resolve(Request(path), segments);

        Assert.Equal(expected, resolved.ApiRoot);
        Assert.Equal("http://h:1", resolved.SiteRoot);
    }

    [Fact]
    public void Resolve_KeepsTheLastAnswer_ButNeverServesItToAnotherHostOrPrefix()
    {
        var resolver = Resolver(new EmbedOptions());
        var first = resolver.Resolve(Request("/api/embed/a/b"), 3);

        Assert.Same(first, resolver.Resolve(Request("/api/embed/c/d"), 3));
        Assert.Same(first, resolver.Resolve(Request("/api/articles/a"), 2));
        var otherPrefix = resolver.Resolve(Request("/v2/articles/a"), 2);
        Assert.Equal("http://h:1/v2", otherPrefix.ApiRoot);
        var other = Request("/api/embed/a/b");
        other.Host = new HostString("elsewhere.example");
        Assert.Equal("http://elsewhere.example/api", resolver.Resolve(other, 3).ApiRoot);
        var https = Request("/api/embed/a/b");
        https.Scheme = "https";
        Assert.Equal("https://h:1/api", resolver.Resolve(https, 3).ApiRoot);
    }

    [Fact]
    public void ConfiguredOrigins_ReplaceTheRequests()
    {
        var resolved = Resolver(new EmbedOptions { SiteUrl = "https://nk.example/blog/", PublicApiOrigin = "https://api.nk.example/" }).Resolve(Request("/api/oembed"), 1);

        Assert.Equal("https://api.nk.example/api", resolved.ApiRoot);
        Assert.Equal("https://nk.example/blog", resolved.SiteRoot);
    }

    [Fact]
    public void Urls_EscapeWhatTheyCarry()
    {
        var b = new PublicBase("https://api.example/api", "https://site.example");
        var article = new NkFunctions.Core.Content.ArticleMetadata("a", "T", null, new DateOnly(2026, 1, 1), null, "S", [], false, null, "/articles/a");

        Assert.Equal("https://site.example/articles/a#%C3%A9t%C3%A9%20x", b.PageUrl(article, "été x"));
        Assert.Equal("https://api.example/api/embed/a/%C3%A9t%C3%A9", b.EmbedUrl("a", "été"));
        Assert.Equal("https://api.example/api/oembed?url=https%3A%2F%2Fsite.example%2Farticles%2Fa%23x&format=xml", b.OEmbedUrl("https://site.example/articles/a#x", "xml"));
    }

    [Fact]
    public void Cache_KeepsOneRenderingPerBase_AndAFewBasesOnly()
    {
        var cache = new BaseBoundCache<object>();
        var snapshot = new object();
        var renders = 0;
        object Render(object s, PublicBase b)
        {
            renders++;
            return new object();
        }

        var first = cache.Get(snapshot, new PublicBase("a", "a"), Render);
        Assert.Same(first, cache.Get(snapshot, new PublicBase("a", "a"), Render));
        Assert.Equal(1, renders);

        for (var i = 0; i < BaseBoundCache<object>.Capacity * 3; i++)
        {
            cache.Get(snapshot, new PublicBase("h" + i, "h"), Render);
        }

        renders = 0;
        cache.Get(snapshot, new PublicBase("h" + (BaseBoundCache<object>.Capacity * 2), "h"), Render);
        Assert.Equal(1, renders); // beyond capacity: rendered, not kept

        Assert.NotSame(first, cache.Get(new object(), new PublicBase("a", "a"), Render)); // a new snapshot starts over
    }

    private static PublicBaseResolver Resolver(EmbedOptions options) => new(Options.Create(options));

    private static HttpRequest Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("h", 1);
        context.Request.Path = path;
        return context.Request;
    }
}
