using System.Net;
using System.Net.Http.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// Keys by level, with a separate admin key (<c>NK_ADMIN_KEY</c>, the Functions host's master key): the function key an
/// analyst holds opens the stats endpoints but not the admin endpoint that runs maintenance; the admin key opens both,
/// as the master key does in Azure.
/// </summary>
public sealed class KeyLevelTests : IAsyncLifetime
{
    private const string AdminKey = "admin-key-for-tests-91c2";
    private LocalHostServer? _server;

    private LocalHostServer Server => _server!;

    public async Task InitializeAsync() => _server = await LocalHostServer.StartAsync(null, $"--NK_ADMIN_KEY={AdminKey}");

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task FunctionKey_AtTheAdminEndpoint_403AsTheFunctionsHost()
    {
        using var response = await SendAsync(HttpMethod.Post, "/admin/functions/ApplyRetention", LocalHostServer.FunctionKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AdminKey_OpensTheAdminEndpoint_AndFunctionLevel()
    {
        using var stats = await SendAsync(HttpMethod.Get, "/api/stats/summary", AdminKey);
        using var admin = await SendAsync(HttpMethod.Post, "/admin/functions/NoSuchFunction", AdminKey);

        Assert.NotEqual(HttpStatusCode.Unauthorized, stats.StatusCode); // 503 here: no storage behind this host
        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode); // past the key check and the body: the host's bare 404
    }

    [Fact]
    public async Task FunctionKey_StillOpensStats()
    {
        using var stats = await SendAsync(HttpMethod.Get, "/api/stats/summary", LocalHostServer.FunctionKey);

        Assert.NotEqual(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("x-functions-key", key);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { input = "" });
        }
        return Server.Client.SendAsync(request);
    }
}
