using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>POST /api/events through the local host into a real Azurite.</summary>
public sealed class BeaconEndpointTests
{
    private static readonly string[] AllowedProperties =
    [
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "Article", "Section", "Type", "PageView", "EventId", "OccurredAt", "Visitor",
        "Referrer", "UtmSource", "UtmMedium", "UtmCampaign", "Partner", "Device", "Browser", "Os", "Country", "Bot", "BotReason", "EngagedMs", "ScrollDepth", "SectionMs",
    ];

    [Fact]
    public async Task PostEvents_ValidBeacon_202AndStoredWithoutPersonalData()
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();
        var body = Beacons.Body(pv, Beacons.PageView(pv), Beacons.Section(pv, 1, "understanding-nk-cells-in-fertility"), Beacons.Engagement(pv, 2, 41250, 63));

        using var response = await host.Client.SendAsync(Beacons.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accepted").GetInt32());
        var events = await host.EventsAsync();
        Assert.Equal(3, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(Beacons.Article, e.GetString("Article"));
            Assert.Equal(pv, e.GetString("PageView"));
            Assert.Equal("search.example", e.GetString("Referrer"));
            Assert.Equal("newsletter", e.GetString("UtmSource"));
            Assert.Equal("desktop", e.GetString("Device"));
            Assert.Equal("Chrome", e.GetString("Browser"));
            Assert.Equal("Windows", e.GetString("Os"));

            // From 203.0.113.57 (the tests' database files 203.0.113.0/24 under JP): the code, not the address.
            Assert.Equal("JP", e.GetString("Country"));
            Assert.False(e.GetBoolean("Bot"));
            Assert.Equal(22, e.GetString("Visitor")!.Length);
            Assert.StartsWith(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "_" + Beacons.Article + "_", e.PartitionKey, StringComparison.Ordinal);
            Assert.All(e.Keys, k => Assert.Contains(k, AllowedProperties));
            foreach (var value in e.Select(kv => kv.Value?.ToString() ?? string.Empty))
            {
                Assert.DoesNotContain("203.0.113", value, StringComparison.Ordinal);
                Assert.DoesNotContain("Mozilla", value, StringComparison.Ordinal);
                Assert.DoesNotContain("secret", value, StringComparison.Ordinal);
                Assert.DoesNotContain("results", value, StringComparison.Ordinal);
            }
        });
        var engagement = events.Single(e => e.GetString("Type") == "engagement");
        Assert.Equal(41250, engagement.GetInt32("EngagedMs"));
        Assert.Equal(63, engagement.GetInt32("ScrollDepth"));
        Assert.Equal("understanding-nk-cells-in-fertility", events.Single(e => e.GetString("Type") == "section").GetString("Section"));
    }

    [Fact]
    public async Task PostEvents_RetriedBeacon_StoredOnce()
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();
        var body = Beacons.Body(pv, Beacons.PageView(pv), Beacons.Section(pv, 1, "introduction"));

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(Beacons.Post(body));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        Assert.Equal(2, (await host.EventsAsync()).Count);
    }

    [Fact]
    public async Task PostEvents_SameVisitorSameDay_SameHash_OtherVisitorDifferent()
    {
        await using var host = await BeaconHost.StartAsync();
        var a = Beacons.NewPageView();
        var b = Beacons.NewPageView();
        var c = Beacons.NewPageView();

        (await host.Client.SendAsync(Beacons.Post(Beacons.Body(a, Beacons.PageView(a)), forwardedFor: "198.51.100.7"))).Dispose();
        (await host.Client.SendAsync(Beacons.Post(Beacons.Body(b, Beacons.PageView(b)), forwardedFor: "198.51.100.99"))).Dispose();
        (await host.Client.SendAsync(Beacons.Post(Beacons.Body(c, Beacons.PageView(c)), forwardedFor: "192.0.2.7"))).Dispose();

        var visitors = (await host.EventsAsync()).ToDictionary(e => e.GetString("PageView"), e => e.GetString("Visitor"));
        Assert.Equal(visitors[a], visitors[b]); // same /24 and user agent: one visitor that day
        Assert.NotEqual(visitors[a], visitors[c]);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null)]
    [InlineData(Beacons.ChromeUa, "webdriver")]
    public async Task PostEvents_Bot_StoredFlaggedWithReason(string userAgent, string? clientSignal)
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();
        var body = JsonSerializer.Serialize(new { article = Beacons.Article, pageview = pv, bot = clientSignal, events = new[] { Beacons.PageView(pv) } });

        using var response = await host.Client.SendAsync(Beacons.Post(body, userAgent: userAgent));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = Assert.Single(await host.EventsAsync());
        Assert.True(stored.GetBoolean("Bot"));
        Assert.False(string.IsNullOrEmpty(stored.GetString("BotReason")));
    }

    [Theory]
    [InlineData("Sec-GPC")]
    [InlineData("DNT")]
    public async Task PostEvents_PrivacySignal_204AndNothingStored(string header)
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();
        using var request = Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)));
        request.Headers.Add(header, "1");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await host.EventsAsync());
    }

    [Fact]
    public async Task PostEvents_JsonContentType_Accepted()
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();

        using var response = await host.Client.SendAsync(Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)), "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task PostEvents_ConcurrentBeacons_GroupCommittedIntoFewTransactions()
    {
        await using var host = await BeaconHost.StartAsync();
        var stats = host.Server.Services.GetRequiredService<WriterStats>();
        const int Beacons = 200;

        var posts = Enumerable.Range(0, Beacons).Select(async _ =>
        {
            var pv = Analytics.Beacons.NewPageView();
            var body = Analytics.Beacons.Body(pv, Analytics.Beacons.PageView(pv), Analytics.Beacons.Section(pv, 1, "introduction"), Analytics.Beacons.Engagement(pv, 2, 5000, 30));
            using var response = await host.Client.SendAsync(Analytics.Beacons.Post(body));
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Accepted, s));
        Assert.Equal(Beacons * 3, (await host.EventsAsync()).Count);
        Assert.Equal(Beacons * 3, stats.Entities);
        Assert.True(stats.Transactions < Beacons / 2, $"{stats.Transactions} transactions for {Beacons} beacons");
    }

    [Fact]
    public async Task PostEvents_StorageDown_503WithRetryAfter_ThenRetrySucceedsOnce()
    {
        await using var host = await BeaconHost.StartAsync();
        var pv = Beacons.NewPageView();
        var body = Beacons.Body(pv, Beacons.PageView(pv));
        await host.Azurite.StopAsync();

        using (var down = await host.Client.SendAsync(Beacons.Post(body)))
        {
            await Problem.AssertAsync(down, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
            Assert.True(down.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        using (var content = await host.Client.GetAsync(new Uri("/api/articles/nk-cells-in-pregnancy", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, content.StatusCode); // reading keeps working
        }

        await host.Azurite.RestartAsync();
        using var retried = await host.Client.SendAsync(Beacons.Post(body));
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Single(await host.EventsAsync());
    }
}
