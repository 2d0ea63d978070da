using System.Net;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Analytics.Tracker;

/// <summary>GET /api/nk.js over HTTP: the committed minified build, cacheable.</summary>
public sealed class TrackerEndpointTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task GetTracker_ServesTheCommittedBuildAsCacheableJavaScript()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/nk.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public, response.Headers.CacheControl?.ToString());
        Assert.Equal(File.ReadAllBytes(TrackerBuildTests.BuildPath), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetTracker_WithItsETag_Answers304()
    {
        using var first = await host.Client.GetAsync(new Uri("/api/nk.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/nk.js", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task HeadTracker_AnswersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/api/nk.js", UriKind.Relative));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
