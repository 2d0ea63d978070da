using System.Net;
using System.Net.Http.Headers;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

public sealed class CachingTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Section = "/api/articles/nk-cells-in-pregnancy/sections/understanding-nk-cells-in-fertility";

    // Every cacheable content representation, the site API's lists, feeds and sitemap included.
    public static readonly TheoryData<string> CachedPaths = new()
    {
        "/api/articles",
        "/api/articles/nk-cells-in-pregnancy",
        Section,
        "/api/openapi.json",
        "/api/articles?tag=fertility&limit=1&fields=slug",
        "/api/tags",
        "/api/tags/fertility",
        "/api/feed.xml",
        "/api/atom.xml",
        "/api/feed.json",
        "/api/sitemap.xml",
        "/api/authors",
        "/api/authors/temp-dost",
        "/api/tags/fertility/feed.xml",
        "/api/tags/fertility/atom.xml",
        "/api/tags/fertility/feed.json",
    };

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Get_Content_StrongETagAndCacheControl(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), cache.MaxAge);
        Assert.Equal(TimeSpan.FromSeconds(3600), cache.SharedMaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "86400");
    }

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Get_IfNoneMatchCurrentTag_304WithRequiredHeaders(string path)
    {
        using var first = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        var tag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(tag);
        using var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Equal(first.Headers.Vary, second.Headers.Vary);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("*")]
    public async Task Get_IfNoneMatchVariants_304(string format)
    {
        using var first = await host.Client.GetAsync(new Uri(Section, UriKind.Relative));
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, first.Headers.ETag!.Tag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Section, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", header);
        using var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_IfNoneMatchStaleTag_200WithBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Section, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_IfNoneMatchCurrentTag_304()
    {
        using var first = await host.Client.GetAsync(new Uri(Section, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(Section, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Get_DifferentRepresentations_DifferentTags()
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (query, accept) in new[] { ("", "application/json"), ("?format=text", "application/json"), ("?format=markdown", "application/json"), ("", "text/html"), ("", "text/plain"), ("", "text/markdown") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Section + query, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await host.Client.SendAsync(request);
            Assert.True(tags.Add(response.Headers.ETag!.Tag), $"{query} {accept} repeats a tag");
        }
    }

    [Fact]
    public async Task Get_SameRepresentationTwice_SameTag()
    {
        using var a = await host.Client.GetAsync(new Uri(Section, UriKind.Relative));
        using var b = await host.Client.GetAsync(new Uri(Section, UriKind.Relative));

        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/articles/missing")]
    public async Task Get_HealthAndErrors_NotStored(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
