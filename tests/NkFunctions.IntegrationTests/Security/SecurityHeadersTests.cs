using System.Net;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Dashboard;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost.Hosting;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// Every response says nosniff and Referrer-Policy; HTML carries a Content-Security-Policy: the API's own fragments a
/// sandboxing one, the dashboard its stricter own (not overwritten), the local host's demo reader one for its scripts.
/// </summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private LocalHostServer? _server;

    private HttpClient Client => _server!.Client;

    public async Task InitializeAsync() =>
        _server = await LocalHostServer.StartAsync(null, $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}");

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Theory]
    [InlineData("/api/articles/nk-cells-in-pregnancy")]
    [InlineData("/api/articles/nk-cells-in-pregnancy/sections/introduction")]
    public async Task HtmlFragment_SandboxingCsp_Nosniff_NoReferrer(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Accept", "text/html");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ResponseConventions.HtmlContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Contains("sandbox", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        AssertCommon(response);
    }

    [Fact]
    public async Task Dashboard_KeepsItsOwnStricterCsp()
    {
        using var response = await Client.GetAsync(new Uri("/api/dashboard", UriKind.Relative));

        Assert.Equal(DashboardPageResult.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        AssertCommon(response);
    }

    [Fact]
    public async Task Reader_Csp()
    {
        using var response = await Client.GetAsync(new Uri("/reader/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(StaticSamples.ReaderContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        AssertCommon(response);
    }

    [Theory]
    [InlineData("/api/articles")] // JSON
    [InlineData("/api/articles/nope")] // problem
    [InlineData("/api/nk.js")] // script
    [InlineData("/api/nope/nope/nope/nope")] // the catch-all's 404
    public async Task NotHtml_NosniffAndNoReferrer_NoCsp(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        AssertCommon(response);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    private static void AssertCommon(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;
}
