using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.IntegrationTests.LocalHost.Admin;

/// <summary>
/// POST /admin/functions/{name} on the real local host, with the app's own functions.metadata: the way operators and the
/// reports' tests run the timer functions. The answers are the Functions host's (FunctionsController.Invoke, checked
/// against the host built from source): 401 without the master key, 403 with a function key, 415 without a JSON body,
/// 400 for a body that does not bind, 404 for an unknown name, 202 otherwise; every one without a body.
/// </summary>
public sealed class AdminEndpointTests(StorageHostFixture host) : IClassFixture<StorageHostFixture>
{
    private const string Json = "application/json";

    [Theory]
    [InlineData("RollupClosedDays")]
    [InlineData("ApplyRetention")]
    public async Task Post_TimerFunctionWithMasterKey_202(string function)
    {
        using var response = await PostAsync($"/admin/functions/{function}", "{}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(response.Headers.CacheControl); // the host's own answer: none of the app's headers
        Assert.False(response.Headers.Contains("X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("""{"input": ""}""", Json)]
    [InlineData("""{"Input": 5, "other": [1]}""", "text/json")]
    [InlineData("""{"input": null}""", "application/vnd.example+json; charset=utf-8")]
    public async Task Post_NameInLowerCaseWithABodyTheHostBinds_202(string body, string mediaType)
    {
        using var response = await PostAsync("/admin/functions/rollupcloseddays", body, mediaType: mediaType);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutKey_Bare401()
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", "{}", key: null);

        await AssertBareAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Post_WrongKey_Bare401()
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", "{}", key: "guess-admin-4d2e");

        await AssertBareAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_FunctionKey_Bare403()
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", "{}", key: LocalHostServer.FunctionKey);

        await AssertBareAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_UnknownFunction_Bare404()
    {
        using var response = await PostAsync("/admin/functions/NoSuchFunction", "{}");

        await AssertBareAsync(response, HttpStatusCode.NotFound);
    }

    // The host queues it and answers 202; the local host answers the same without running it (docs/production.md).
    [Fact]
    public async Task Post_HttpFunction_202()
    {
        using var response = await PostAsync("/admin/functions/GetHealth", "{}");

        await AssertBareAsync(response, HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("{}", "text/plain")]
    [InlineData("input=x", "application/x-www-form-urlencoded")]
    public async Task Post_NoJsonContentType_Bare415(string? body, string? mediaType)
    {
        using var response = await PostAsync("/admin/functions/RollupClosedDays", body, mediaType: mediaType);

        await AssertBareAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"input\": ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"input": {"a": 1}}""")]
    [InlineData("""{"INPUT": [1]}""")]
    public async Task Post_BodyThatDoesNotBind_Bare400EvenForAnUnknownName(string body)
    {
        using var known = await PostAsync("/admin/functions/RollupClosedDays", body);
        using var unknown = await PostAsync("/admin/functions/NoSuchFunction", body);

        await AssertBareAsync(known, HttpStatusCode.BadRequest);
        await AssertBareAsync(unknown, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task MethodNoHostActionTakes_Bare404(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/admin/functions/RollupClosedDays", UriKind.Relative));
        request.Headers.Add(FunctionKeyCheck.HeaderName, LocalHostServer.AdminKey);

        using var response = await host.Client.SendAsync(request);

        await AssertBareAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task HostsManagementMethods_501SaysTheLocalHostLacksThem(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/admin/functions/RollupClosedDays", UriKind.Relative));
        request.Headers.Add(FunctionKeyCheck.HeaderName, LocalHostServer.AdminKey);

        using var response = await host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.NotImplemented, "admin-api-not-supported");
    }

    // The admin API is the host's, outside the route prefix: under /api the app's catch-all answers, as in Azure.
    [Fact]
    public async Task Post_UnderTheRoutePrefix_NotTheAdminEndpointButTheAppsCatchAll404()
    {
        using var response = await PostAsync("/api/admin/functions/RollupClosedDays", "{}");

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "route-not-found");
    }

    private static async Task AssertBareAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? body, string? key = LocalHostServer.AdminKey, string? mediaType = Json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add(FunctionKeyCheck.HeaderName, key);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (mediaType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
            }
        }

        return await host.Client.SendAsync(request);
    }
}
