using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// <c>/api/health/ready</c> reports storage reachability, against a real Azurite that the tests stop, start and lie
/// to; <c>/api/health</c> (liveness) stays 200 through all of it.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task StorageUp_200ReadyReachableUncached()
    {
        await using var host = await BeaconHost.StartAsync();

        using var response = await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("connection-string", body.GetProperty("storage").GetProperty("authentication").GetString());
        Assert.True(body.GetProperty("storage").GetProperty("latencyMs").GetInt64() >= 0);
        Assert.False(body.GetProperty("storage").TryGetProperty("detail", out _));
    }

    [Fact]
    public async Task StorageDown_503RetryAfterUnreachable_LivenessStill200()
    {
        await using var host = await BeaconHost.StartAsync("--Health:StorageTimeoutSeconds=2", "--Analytics:StorageTimeoutSeconds=1");
        await host.Azurite.StopAsync();

        using var ready = await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
        using var live = await host.Server.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await Json(ready);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), ready.Headers.RetryAfter?.Delta);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Equal("unreachable", body.GetProperty("storage").GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("storage").GetProperty("detail").GetString()));
        Assert.DoesNotContain("Exception", body.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task WrongKey_503Forbidden_ToldApartFromAnOutage()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var wrongKey = azurite.ConnectionString.Replace(AzuriteServer.AccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        await using var server = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={wrongKey}");

        using var response = await server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
        var body = await Json(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("forbidden", body.GetProperty("storage").GetProperty("status").GetString());
        Assert.Contains("Storage Table Data Contributor", body.GetProperty("storage").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageBack_ReadyAgain()
    {
        await using var host = await BeaconHost.StartWithStorageDownAsync();
        using var down = await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));

        await host.Azurite.RestartAsync();
        using var up = await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    [Fact]
    public async Task ChecksWithinTheCacheWindow_ShareOneStorageCall()
    {
        await using var host = await BeaconHost.StartAsync("--Health:StorageCheckCacheSeconds=300");

        var first = await Json(await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative)));
        await host.Azurite.StopAsync();
        using var second = await host.Server.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));

        // Storage is gone, yet the answer is the cached one: the second request made no storage call.
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.GetProperty("checkedAt").GetString(), (await Json(second)).GetProperty("checkedAt").GetString());
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
