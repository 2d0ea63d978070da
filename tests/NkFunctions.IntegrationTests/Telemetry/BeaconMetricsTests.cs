using System.Net;
using System.Text.Json;
using NkFunctions.Core.Telemetry;
using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Telemetry;

/// <summary>
/// The custom metrics against known traffic, through the local host over HTTP into a real Azurite: exact counts per tag,
/// the batch-size histograms, and storage's batch sizes adding up to what Azurite holds.
/// </summary>
public sealed class BeaconMetricsTests : IAsyncLifetime
{
    private const string Crawler = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private const string Page = "https://site.example/articles/nk-cells-in-pregnancy";
    private static readonly string[] AllowedTags = [TelemetryNames.EventTypeTag, TelemetryNames.ClientKindTag, TelemetryNames.SourceTag, TelemetryNames.RejectReasonTag];

    private BeaconHost? _host;

    private BeaconHost Host => _host!;

    public async Task InitializeAsync() =>
        // A burst of 3 per client and no refill during the test: the fourth beacon of one client is refused.
        _host = await BeaconHost.StartAsync("--Analytics:RateLimit:Burst=3", "--Analytics:RateLimit:PermitsPerSecond=0.001");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task KnownBeacons_CountedPerTypeKindSourceAndReason_BatchSizesMatchStorage()
    {
        using var measurements = new HostMeasurements(Host.Server.Services);
        var a = Beacons.NewPageView();
        await ExpectAsync(HttpStatusCode.Accepted, Beacons.Body(a, Beacons.PageView(a), Beacons.Section(a, 1, "introduction"), Beacons.Section(a, 2, "introduction"), Beacons.Engagement(a, 3, 4000, 40)), "198.51.100.1");
        await ExpectAsync(HttpStatusCode.Accepted, Beacons.Body(a, Beacons.Engagement(a, 4, 9000, 90), new { id = $"{a}-5", type = "read", engagedMs = 9000 }), "198.51.100.1");
        var bot = Beacons.NewPageView();
        await ExpectAsync(HttpStatusCode.Accepted, Beacons.Body(bot, Beacons.PageView(bot)), "198.51.100.2", userAgent: Crawler);
        await ExpectAsync(HttpStatusCode.Accepted, $$"""{"name":"pageview","url":"{{Page}}","domain":"site.example"}""", "198.51.100.3", "application/json", "/api/event");
        await ExpectAsync(HttpStatusCode.Accepted, $$"""{"name":"Outbound Link: Click","url":"{{Page}}","domain":"site.example"}""", "198.51.100.3", "application/json", "/api/event");
        await ExpectAsync(HttpStatusCode.Accepted, """{"n":"pageview","u":"https://site.example/about","d":"site.example"}""", "198.51.100.9", "text/plain", "/api/event");
        await ExpectAsync(HttpStatusCode.Accepted, $$"""{"n":"pageview","u":"{{Page}}","d":"someone-else.example"}""", "198.51.100.10", "text/plain", "/api/event");
        await ExpectAsync(HttpStatusCode.BadRequest, "{\"article\":", "198.51.100.4");
        await ExpectAsync(HttpStatusCode.RequestEntityTooLarge, new string('x', 20_000), "198.51.100.5");
        await ExpectAsync(HttpStatusCode.UnsupportedMediaType, "{}", "198.51.100.6", "application/xml");
        using (var optedOut = Beacons.Post(Beacons.Body(Beacons.NewPageView(), Beacons.PageView("ignored0")), forwardedFor: "198.51.100.7"))
        {
            optedOut.Headers.Add("Sec-GPC", "1");
            using var response = await Host.Client.SendAsync(optedOut);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            var pv = Beacons.NewPageView();
            await ExpectAsync(HttpStatusCode.Accepted, Beacons.Body(pv, Beacons.PageView(pv)), "198.51.100.8");
        }

        var limited = Beacons.NewPageView();
        await ExpectAsync(HttpStatusCode.TooManyRequests, Beacons.Body(limited, Beacons.PageView(limited)), "198.51.100.8");

        (string, string) Human = (TelemetryNames.ClientKindTag, "human");
        (string, string) Tracker = (TelemetryNames.SourceTag, TelemetryNames.TrackerSource);
        Assert.Equal(4, measurements.Sum(TelemetryNames.EventsAccepted, Type("pageview"), Human, Tracker));
        Assert.Equal(2, measurements.Sum(TelemetryNames.EventsAccepted, Type("section"), Human, Tracker));
        Assert.Equal(2, measurements.Sum(TelemetryNames.EventsAccepted, Type("engagement"), Human, Tracker));
        Assert.Equal(1, measurements.Sum(TelemetryNames.EventsAccepted, Type("read"), Human, Tracker));
        Assert.Equal(1, measurements.Sum(TelemetryNames.EventsAccepted, Type("pageview"), (TelemetryNames.ClientKindTag, "bot"), Tracker));
        Assert.Equal(1, measurements.Sum(TelemetryNames.EventsAccepted, Type("pageview"), Human, (TelemetryNames.SourceTag, TelemetryNames.PlausibleSource)));
        Assert.Equal(1, measurements.Sum(TelemetryNames.EventsAccepted, Type("custom"), Human, (TelemetryNames.SourceTag, TelemetryNames.PlausibleSource)));
        Assert.Equal(12, measurements.Sum(TelemetryNames.EventsAccepted));

        Assert.Equal(
            [("body-too-large", 1L), ("invalid-json", 1L), (TelemetryNames.OptedOutReason, 1L), ("rate-limited", 1L), ("unsupported-media-type", 1L)],
            ByReason(measurements, TelemetryNames.RequestsRejected));
        Assert.Equal([(TelemetryNames.ForeignDomainReason, 1L), (TelemetryNames.NotAnArticleReason, 1L)], ByReason(measurements, TelemetryNames.EventsRejected));

        // Events per stored beacon request: 4, 2, the crawler's 1, Plausible's page view and custom event, then the three single page views.
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 4], measurements.Of(TelemetryNames.BeaconBatchSize).Select(m => m.Value).Order());

        // Entities per storage transaction add up to exactly what Azurite holds; none is empty or over the 100 limit.
        var stored = await Host.EventsAsync();
        var transactions = measurements.Of(TelemetryNames.StorageBatchSize);
        Assert.Equal(12, stored.Count);
        Assert.Equal(stored.Count, transactions.Sum(m => m.Value));
        Assert.All(transactions, m => Assert.InRange(m.Value, 1, 100));

        // Units as documented, and no tag other than the four coarse ones.
        Assert.All(measurements.Of(TelemetryNames.EventsAccepted), m => Assert.Equal("{event}", m.Unit));
        Assert.All(measurements.Of(TelemetryNames.RequestsRejected), m => Assert.Equal("{request}", m.Unit));
        Assert.All(measurements.Of(TelemetryNames.StorageBatchSize), m => Assert.Equal("{entity}", m.Unit));
        Assert.All(measurements.All, m => Assert.All(m.Tags.Keys, key => Assert.Contains(key, AllowedTags)));
    }

    private static (string, string) Type(string type) => (TelemetryNames.EventTypeTag, type);

    private static List<(string, long)> ByReason(HostMeasurements measurements, string instrument) =>
        [.. measurements.Of(instrument)
            .GroupBy(m => m.Tags[TelemetryNames.RejectReasonTag])
            .Select(g => (g.Key, g.Sum(m => m.Value)))
            .OrderBy(r => r.Key, StringComparer.Ordinal)];

    private async Task ExpectAsync(HttpStatusCode expected, string body, string client, string contentType = "text/plain", string path = "/api/events", string userAgent = Beacons.ChromeUa)
    {
        using var request = Beacons.Post(body, contentType, path, userAgent, client);
        using var response = await Host.Client.SendAsync(request);
        Assert.True(expected == response.StatusCode, $"{path} from {client}: expected {expected}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
