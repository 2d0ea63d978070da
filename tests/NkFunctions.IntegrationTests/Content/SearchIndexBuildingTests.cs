using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Content.Search;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Content;

/// <summary>
/// <c>GET /api/search</c> over HTTP while the index cannot answer: the real host with its index build held or failed
/// (the builder seam), so a front end sees 503 problem+json with <c>Retry-After</c>, then 200 once it is built.
/// </summary>
public sealed class SearchIndexBuildingTests
{
    private const string Origin = "https://front.example";

    [Fact]
    public async Task Search_WhileTheIndexIsBuilding_503WithRetryAfterThen200()
    {
        using var gate = new ManualResetEventSlim(initialState: false);
        await using var server = await LocalHostServer.StartWithServicesAsync(
            services => services.AddSingleton<SearchIndexBuilder>(published =>
            {
                gate.Wait(TimeSpan.FromSeconds(60));
                return SearchIndex.Build(published);
            }),
            null,
            "--Search:MaxWaitMilliseconds=100");
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            using var held = await SearchAsync(server, "placenta");
            var waited = TimeProvider.System.GetElapsedTime(started);

            var problem = await Problem.AssertAsync(held, HttpStatusCode.ServiceUnavailable, "search-index-building");
            Assert.Contains("being built", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(held.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {held.Headers.RetryAfter}");
            Assert.Equal("no-store", held.Headers.CacheControl?.ToString());
            Assert.Equal("*", held.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.True(waited < TimeSpan.FromSeconds(20), $"The search waited {waited} for a held build.");
        }
        finally
        {
            gate.Set();
        }

        using var ready = await EventuallyAsync(server, "placenta", HttpStatusCode.OK);
        var result = Assert.Single(JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("nk-cells-in-pregnancy", result.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Search_AfterAFailedBuild_503ThenALaterSearchBuildsIt()
    {
        var failing = 1;
        await using var server = await LocalHostServer.StartWithServicesAsync(
            services => services.AddSingleton<SearchIndexBuilder>(published =>
                Volatile.Read(ref failing) == 1 ? throw new InvalidOperationException("Test: the index build fails.") : SearchIndex.Build(published)));

        // The start-up build fails at once; so does any retry until the cause is gone.
        using var failed = await SearchAsync(server, "placenta");
        Volatile.Write(ref failing, 0);
        var problem = await Problem.AssertAsync(failed, HttpStatusCode.ServiceUnavailable, "search-index-failed");
        Assert.Contains("log", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = failed.Headers.RetryAfter?.Delta ?? throw new InvalidOperationException("No Retry-After.");
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), SearchIndexCache.RetryDelay);

        await Task.Delay(retryAfter);
        using var rebuilt = await SearchAsync(server, "placenta");

        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.Single(JsonDocument.Parse(await rebuilt.Content.ReadAsStringAsync()).RootElement.GetProperty("results").EnumerateArray());
    }

    private static async Task<HttpResponseMessage> SearchAsync(LocalHostServer server, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        return await server.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> EventuallyAsync(LocalHostServer server, string query, HttpStatusCode status)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await SearchAsync(server, query);
            if (response.StatusCode == status || attempt == 100)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100);
        }
    }
}
