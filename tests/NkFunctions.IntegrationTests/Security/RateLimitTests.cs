using System.Net;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// The beacon rate limit per anonymous client, configured small here (a burst of 5, no refill within the test): over it, 429
/// problem+json with Retry-After and nothing stored; other clients unaffected; a forged X-Forwarded-For entry does not
/// buy a fresh bucket; both beacon endpoints share the client's bucket; reading articles is never limited.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string ClientA = "198.51.100.1";
    private BeaconHost? _host;

    private BeaconHost Host => _host!;

    public async Task InitializeAsync() =>
        // No refill during a test (a busy machine can take over a second for five beacons, and the bucket refills
        // continuously): one token per 1,000 s, so the burst is all there is.
        _host = await BeaconHost.StartAsync("--Analytics:RateLimit:Burst=5", "--Analytics:RateLimit:PermitsPerSecond=0.001");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task OverTheBurst_429WithRetryAfter_NothingStored_OthersUnaffected()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add(await PostAsync(ClientA));
        }

        using var limited = await Host.Client.SendAsync(Beacon(ClientA));
        var problem = await Problem.AssertAsync(limited, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(ClientA, problem.ToString(), StringComparison.Ordinal);

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.All(statuses.Skip(6), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(5, (await Host.EventsAsync()).Count); // one event per accepted beacon, none for the refused
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("198.51.100.2"));
    }

    [Fact]
    public async Task ForgedForwardedForEntry_SameBucket()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, await PostAsync(ClientA));
        }

        // The client prepends an address of its choosing; the front end appends the one it saw.
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync("203.0.113.99, " + ClientA));
    }

    [Fact]
    public async Task BothBeaconEndpoints_ShareTheBucket_ArticlesNeverLimited()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, await PostAsync(ClientA));
        }

        using var plausible = Beacons.Post("""{"name":"pageview","url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example"}""", "application/json", "/api/event", forwardedFor: ClientA);
        using var plausibleResponse = await Host.Client.SendAsync(plausible);
        Assert.Equal(HttpStatusCode.TooManyRequests, plausibleResponse.StatusCode);

        for (var i = 0; i < 20; i++)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/articles/nk-cells-in-pregnancy", UriKind.Relative));
            read.Headers.Add("X-Forwarded-For", ClientA);
            using var response = await Host.Client.SendAsync(read);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<HttpStatusCode> PostAsync(string forwardedFor)
    {
        using var response = await Host.Client.SendAsync(Beacon(forwardedFor));
        return response.StatusCode;
    }

    private static HttpRequestMessage Beacon(string forwardedFor)
    {
        var pv = Beacons.NewPageView();
        return Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)), forwardedFor: forwardedFor);
    }
}
