using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Security.Properties;

namespace NkFunctions.IntegrationTests.Security;

/// <summary>
/// OData injection strings in every value that reaches a Table query or key: the stats endpoints refuse them by strict
/// validation (a published slug, a date, a dimension name), the beacon endpoints by their id rules; and a value that is
/// legitimately free text (a utm campaign) is stored and reported back as data, quotes and all.
/// </summary>
public sealed class InjectionTests(PropertyHostFixture fixture) : IClassFixture<PropertyHostFixture>
{
    public static readonly TheoryData<string> Injections =
    [
        "' or 1 eq 1 or '",
        "x' or PartitionKey ne 'x",
        "') or (RowKey ne '",
        "nk-cells-in-pregnancy' or 'a' eq 'a",
        "*",
        "$filter=PartitionKey ne ''",
        "2026-01-01' or '1",
    ];

    private BeaconHost Host => fixture.Host;

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task StatsParameters_Injected_4xxNeverData(string injected)
    {
        var value = Uri.EscapeDataString(injected);
        foreach (var query in new[] { $"summary?article={value}", $"summary?from={value}", $"summary?to={value}", $"breakdown?by={value}", $"breakdown?by=referrer&limit={value}", $"timeseries?interval={value}", $"sections?article={value}", $"summary?format={value}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats/" + query, UriKind.Relative));
            request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);

            using var response = await Host.Client.SendAsync(request);

            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{query}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task BeaconKeys_Injected_400NothingStored(string injected)
    {
        var storedBefore = (await Host.EventsAsync()).Count;
        var pv = Beacons.NewPageView();
        foreach (var body in new[]
        {
            JsonSerializer.Serialize(new { article = injected, pageview = pv, events = new[] { new { id = pv + "-0", type = "pageview" } } }),
            JsonSerializer.Serialize(new { article = Beacons.Article, pageview = injected, events = new[] { new { id = pv + "-0", type = "pageview" } } }),
            JsonSerializer.Serialize(new { article = Beacons.Article, pageview = pv, events = new[] { new { id = injected, type = "pageview" } } }),
            JsonSerializer.Serialize(new { article = Beacons.Article, pageview = pv, events = new[] { new { id = pv + "-0", type = "section", section = injected } } }),
        })
        {
            using var response = await Host.Client.SendAsync(Beacons.Post(body));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(storedBefore, (await Host.EventsAsync()).Count);
    }

    [Fact]
    public async Task FreeTextWithQuotes_StoredAndReportedAsData()
    {
        const string Campaign = "x' or PartitionKey ne 'x";
        var pv = Beacons.NewPageView();
        var body = JsonSerializer.Serialize(new { article = Beacons.Article, pageview = pv, utm = new { campaign = Campaign }, events = new[] { new { id = pv + "-0", type = "pageview" } } });
        using (var stored = await Host.Client.SendAsync(Beacons.Post(body)))
        {
            Assert.Equal(HttpStatusCode.Accepted, stored.StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats/breakdown?by=utm_campaign", UriKind.Relative));
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var row = Assert.Single(rows.EnumerateArray());
        Assert.Equal(Campaign, row.GetProperty("value").GetString());
        Assert.Equal(1, row.GetProperty("pageviews").GetInt32());
    }
}
