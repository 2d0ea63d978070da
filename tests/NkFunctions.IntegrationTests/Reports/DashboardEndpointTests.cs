using System.Net;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>GET /api/dashboard and its assets over HTTP through the local host: headers, caching, 304, 404.</summary>
public sealed partial class DashboardEndpointTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Csp =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly string DashboardFolder = Path.Combine(RepoPaths.Root, "src", "NkFunctions.Core", "Reports", "Dashboard");

    [Fact]
    public async Task GetDashboard_AnonymousHtmlUnderAStrictPolicy()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(Csp, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.True(response.Headers.CacheControl?.NoCache, response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.CacheControl?.NoStore);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
    }

    [Fact]
    public async Task GetDashboard_HasNoInlineScriptOrStyle_AndNoUnfilledPlaceholder()
    {
        var html = await host.Client.GetStringAsync(new Uri("/api/dashboard", UriKind.Relative));

        // The policy would block these; a test catches them before a browser's console does.
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDashboard_WithItsETag_Answers304WithTheSameTagAndPolicy()
    {
        using var first = await host.Client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/dashboard", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.True(second.Headers.CacheControl?.NoCache);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadDashboard_HeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/api/dashboard", UriKind.Relative));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Csp, Single(response, "Content-Security-Policy"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("dashboard.js", "text/javascript; charset=utf-8")]
    [InlineData("dashboard.css", "text/css; charset=utf-8")]
    [InlineData("chart.umd.min.js", "text/javascript; charset=utf-8")]
    public async Task GetAsset_ServesTheCheckedInFileAsCacheableContent(string name, string contentType)
    {
        using var response = await host.Client.GetAsync(new Uri($"/api/dashboard/{name}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.Public, response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(File.ReadAllBytes(Path.Combine(DashboardFolder, name)), await response.Content.ReadAsByteArrayAsync());

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/dashboard/{name}", UriKind.Relative));
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var notModified = await host.Client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task GetDashboard_LinksEveryAssetWithAVersionFromItsBytes()
    {
        var html = await host.Client.GetStringAsync(new Uri("/api/dashboard", UriKind.Relative));
        var links = AssetLink().Matches(html).Select(m => (Name: m.Groups["name"].Value, Version: m.Groups["version"].Value)).ToList();

        Assert.Equal(["chart.umd.min.js", "dashboard.css", "dashboard.js"], links.Select(l => l.Name).Order(StringComparer.Ordinal));
        foreach (var (name, version) in links)
        {
            using var asset = await host.Client.GetAsync(new Uri($"/api/dashboard/{name}?v={version}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.StartsWith("\"" + version, asset.Headers.ETag!.Tag, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("app.js")]
    [InlineData("Dashboard.js")] // names are exact: one URL per file, one cache entry
    [InlineData("dashboard.html")] // the page template is served at /api/dashboard only
    [InlineData("chart.js.LICENSE.md")]
    public async Task GetAsset_UnknownName_404Problem(string name)
    {
        using var response = await host.Client.GetAsync(new Uri($"/api/dashboard/{name}", UriKind.Relative));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound, "asset-not-found");
        Assert.Contains("dashboard.js", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        string.Join(",", response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.GetValues(header));

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"/api/dashboard/(?<name>[A-Za-z0-9._-]+)\?v=(?<version>[A-Za-z0-9_-]+)")]
    private static partial Regex AssetLink();
}
