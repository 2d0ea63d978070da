using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

public sealed class CorsTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Origin = "https://front.example";

    [Theory]
    [InlineData("/api/articles", HttpStatusCode.OK)]
    [InlineData("/api/articles/nk-cells-in-pregnancy/sections/introduction", HttpStatusCode.OK)]
    [InlineData("/api/articles/missing", HttpStatusCode.NotFound)]
    [InlineData("/api/articles/nk-cells-in-pregnancy?format=bad", HttpStatusCode.BadRequest)]
    [InlineData("/api/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/authors/temp-dost", HttpStatusCode.OK)]
    [InlineData("/api/authors/nobody", HttpStatusCode.NotFound)]
    [InlineData("/api/tags/fertility/feed.json", HttpStatusCode.OK)]
    public async Task Get_WithOrigin_AllowsAnyOriginAndExposesETag(string path, HttpStatusCode status)
    {
        using var response = await SendAsync(HttpMethod.Get, path, Origin);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Single(response, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Get_WithoutOrigin_NoCorsHeaders()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/articles", null);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Options_Preflight_204WithGrant()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/articles/nk-cells-in-pregnancy/sections/introduction", UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match, accept");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("if-none-match, accept", Single(response, "Access-Control-Allow-Headers"));
        Assert.Equal("86400", Single(response, "Access-Control-Max-Age"));
        Assert.Equal("GET, HEAD, OPTIONS", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Options_UnknownPath_404Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/nothing/here", UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "route-not-found");
    }

    [Fact]
    public async Task AllowList_OnlyListedOriginsGranted()
    {
        await using var server = await LocalHostServer.StartAsync(null, "--Cors:AllowedOrigins:0=https://allowed.example");

        using var allowed = await SendAsync(server.Client, HttpMethod.Get, "/api/articles", "https://allowed.example");
        using var denied = await SendAsync(server.Client, HttpMethod.Get, "/api/articles", "https://evil.example");

        Assert.Equal("https://allowed.example", Single(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", allowed.Headers.Vary);
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, denied.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? origin) => SendAsync(host.Client, method, path, origin);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? origin)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) => Assert.Single(response.Headers.GetValues(header));
}
