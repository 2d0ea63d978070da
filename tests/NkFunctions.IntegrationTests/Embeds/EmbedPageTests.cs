using System.Net;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Embeds;

/// <summary>The embed pages over real HTTP: what they show, how they are locked down, cached and refused.</summary>
public sealed partial class EmbedPageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string Section = "how-nk-cells-influence-fertility";

    [Fact]
    public async Task SectionEmbed_IsACompletePageWithTheSectionAttributionAndDisclaimer()
    {
        using var response = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}/{Section}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains($"<section data-section=\"{Section}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"{Section}\">How NK Cells Influence Fertility</h2>", html, StringComparison.Ordinal);
        Assert.Single(SectionElement().Matches(html)); // this section only
        var pageUrl = new Uri(host.Server.BaseAddress, $"/articles/{Slug}#{Section}").ToString();
        Assert.Contains($"<a class=\"nk-read\" href=\"{pageUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{pageUrl}\">", html, StringComparison.Ordinal);
        Assert.Contains("By Temp Dost", html, StringComparison.Ordinal);
        Assert.Contains("not medical advice", html, StringComparison.Ordinal); // the article's disclaimer
        Assert.Contains("<base target=\"_blank\">", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"{new Uri(host.Server.BaseAddress, "/api/nk.js")}\" data-article=\"{Slug}\"", html, StringComparison.Ordinal);
        Assert.Contains("application/json+oembed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleEmbed_ShowsTheLeadAndLinksEverySectionOnThePublicPage()
    {
        var html = await host.Client.GetStringAsync(new Uri($"/api/embed/{Slug}", UriKind.Relative));

        Assert.Contains("<section data-section=\"introduction\">", html, StringComparison.Ordinal);
        Assert.Single(SectionElement().Matches(html));
        Assert.Contains("<nav class=\"nk-toc\" aria-label=\"Contents\">", html, StringComparison.Ordinal);
        var page = new Uri(host.Server.BaseAddress, $"/articles/{Slug}").ToString();
        foreach (var id in new[] { "understanding-nk-cells-in-fertility", Section, "moving-forward-with-confidence-and-care" })
        {
            Assert.Contains($"<a href=\"{page}#{id}\" rel=\"noopener\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EmbedPage_CarriesAStrictPolicyThatAllowsExactlyItsInlineStyleAndScript()
    {
        using var response = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}/{Section}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", csp, StringComparison.Ordinal); // default: any page may embed
        Assert.Contains("sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-same-origin", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("X-Frame-Options"));

        // Every inline block's hash is in the policy, and nothing else inline exists.
        var inline = InlineBlock().Matches(html);
        Assert.Equal(2, inline.Count);
        foreach (Match block in inline)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(block.Groups["body"].Value)));
            Assert.Contains($"'sha256-{hash}'", csp, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"\son[a-z]+=", html); // no inline event handlers
    }

    [Fact]
    public async Task EmbedPage_IsCachedWithAnETagAnd304s()
    {
        var path = new Uri($"/api/embed/{Slug}/{Section}", UriKind.Relative);
        using var first = await host.Client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age=", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    [InlineData("auto")]
    public async Task Theme_PicksTheColourScheme(string theme)
    {
        var html = await host.Client.GetStringAsync(new Uri($"/api/embed/{Slug}/{Section}?theme={theme}", UriKind.Relative));

        Assert.Contains($"<html lang=\"en\" data-theme=\"{theme}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Themes_AreDistinctRepresentations()
    {
        using var light = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}?theme=light", UriKind.Relative));
        using var dark = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}?theme=dark", UriKind.Relative));

        Assert.NotEqual(light.Headers.ETag, dark.Headers.ETag);
    }

    [Theory]
    [InlineData("?theme=purple", "invalid-theme")]
    [InlineData("?theme=Dark", "invalid-theme")]
    [InlineData("?theme=light&theme=dark", "invalid-theme")]
    public async Task BadTheme_Is400Problem(string query, string code)
    {
        using var response = await host.Client.GetAsync(new Uri($"/api/embed/{Slug}/{Section}{query}", UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("/api/embed/no-such-article", "article-not-found")]
    [InlineData("/api/embed/no-such-article/introduction", "article-not-found")]
    [InlineData("/api/embed/nk-cells-in-pregnancy/no-such-section", "section-not-found")]
    [InlineData("/api/embed/nk-cells-in-pregnancy/%3Cscript%3E", "section-not-found")]
    public async Task Unknown_Is404Problem(string path, string code)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, code);
    }

    [Fact]
    public async Task JsonOnlyAccept_Is406Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/embed/{Slug}");
        request.Headers.Add("Accept", "application/json");
        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.NotAcceptable, "not-acceptable");
    }

    [Fact]
    public async Task Loader_IsServedAsCacheableJavaScript()
    {
        using var response = await host.Client.GetAsync(new Uri("/api/embed.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("allow-scripts allow-popups allow-popups-to-escape-sandbox", script, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-same-origin", script, StringComparison.Ordinal);
    }

    [GeneratedRegex("<section data-section=")]
    private static partial Regex SectionElement();

    [GeneratedRegex("<(?:script|style)>(?<body>.*?)</(?:script|style)>", RegexOptions.Singleline)]
    private static partial Regex InlineBlock();
}
