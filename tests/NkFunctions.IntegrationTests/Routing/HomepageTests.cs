using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Routing;

/// <summary>
/// The site root as the Functions host answers it with <c>AzureWebJobsDisableHomepage=true</c> (the Bicep sets it):
/// 204 No Content for any method, found by running the app under the host built from source (docs/production.md).
/// </summary>
public sealed class HomepageTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("HEAD", "/")]
    [InlineData("POST", "/")]
    [InlineData("OPTIONS", "/")]
    [InlineData("DELETE", "/")]
    [InlineData("GET", "/?page=1")]
    public async Task SiteRoot_204NoContent(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/favicon.ico")]
    public async Task OtherPathsOutsideTheApi_StayBare404(string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
