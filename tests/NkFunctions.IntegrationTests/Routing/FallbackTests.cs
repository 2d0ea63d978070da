using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Routing;

public sealed class FallbackTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("POST", "/api/articles")]
    [InlineData("DELETE", "/api/articles/nk-cells-in-pregnancy")]
    [InlineData("PUT", "/api/articles/nk-cells-in-pregnancy/sections/introduction")]
    [InlineData("PATCH", "/api/health")]
    [InlineData("POST", "/api/openapi.json")]
    public async Task WrongMethod_405ProblemWithAllow(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = new StringContent("{}") };
        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("GET", "/api/events")]
    [InlineData("DELETE", "/api/event")]
    public async Task WrongMethodOnBeacon_405AllowsPost(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        Assert.Equal(["POST", "OPTIONS"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/api/nothing")]
    [InlineData("/api/articles/a/b/c/d")]
    [InlineData("/api/")]
    public async Task UnknownPath_404Problem(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "route-not-found");
    }
}
