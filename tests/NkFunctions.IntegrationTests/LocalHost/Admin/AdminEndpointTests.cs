using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.IntegrationTests.LocalHost.Admin;

/// <summary>
/// POST /admin/functions/{name} on the real local host, with the app's own functions.metadata: the way operators and the
/// reports' tests run the timer functions. What the timer functions do is the reports' tests' business.
/// </summary>
public sealed class AdminEndpointTests(StorageHostFixture host) : IClassFixture<StorageHostFixture>
{
    [Theory]
    [InlineData("RollupClosedDays")]
    [InlineData("ApplyRetention")]
    public async Task Post_TimerFunctionWithKey_202(string function)
    {
        using var response = await PostAsync($"/admin/functions/{function}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_NameInLowerCaseWithInputBody_202()
    {
        using var response = await PostAsync("/admin/functions/rollupcloseddays", """{"input": ""}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutKey_401()
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", key: null);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "function-key-required");
    }

    [Fact]
    public async Task Post_WrongKey_401WithoutEchoingEitherKey()
    {
        const string guess = "guess-admin-4d2e";

        using var response = await PostAsync("/admin/functions/RollupClosedDays", key: guess);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "function-key-required");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(guess, body, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalHostServer.FunctionKey, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownFunction_404()
    {
        using var response = await PostAsync("/admin/functions/NoSuchFunction");

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "function-not-found");
    }

    [Fact]
    public async Task Post_HttpFunction_400PointingAtItsRoute()
    {
        using var response = await PostAsync("/admin/functions/GetHealth");

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "http-triggered-function");
        Assert.Contains("/api/health", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"input\": ")]
    [InlineData("input=x")]
    public async Task Post_MalformedBody_400(string body)
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", body);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-invocation-body");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethod_405WithAllowPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/admin/functions/RollupClosedDays", UriKind.Relative));
        request.Headers.Add(FunctionKeyCheck.HeaderName, LocalHostServer.FunctionKey);

        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    // The admin API is the host's, outside the route prefix: under /api the app's Fallback answers, as in Azure.
    [Fact]
    public async Task Post_UnderTheRoutePrefix_NotTheAdminEndpointButFallback404()
    {
        using var response = await PostAsync("/api/admin/functions/RollupClosedDays");

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "route-not-found");
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? body = null, string? key = LocalHostServer.FunctionKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add(FunctionKeyCheck.HeaderName, key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return await host.Client.SendAsync(request);
    }
}
