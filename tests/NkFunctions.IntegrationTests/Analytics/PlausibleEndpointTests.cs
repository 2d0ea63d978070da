using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>POST /api/event speaks Plausible's Events API.</summary>
public sealed class PlausibleEndpointTests
{
    [Fact]
    public async Task PostEvent_PageviewAndEngagement_StoredForTheArticleOfTheUrl()
    {
        await using var host = await BeaconHost.StartAsync();
        const string Page = "https://site.example/articles/nk-cells-in-pregnancy?utm_source=plausible-news&ref=x";

        using var pageview = await host.Client.SendAsync(Beacons.Post($$"""{"name":"pageview","url":"{{Page}}","domain":"site.example","referrer":"https://news.example/story/1"}""", "application/json", "/api/event"));
        using var engagement = await host.Client.SendAsync(Beacons.Post($$"""{"name":"engagement","url":"{{Page}}","domain":"site.example","sd":87,"e":64000}""", "application/json", "/api/event"));

        Assert.Equal(HttpStatusCode.Accepted, pageview.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, engagement.StatusCode);
        var events = await host.EventsAsync();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("nk-cells-in-pregnancy", e.GetString("Article")));
        Assert.Single(events.Select(e => e.GetString("PageView")).Distinct()); // one visitor, one article, one day
        var view = events.Single(e => e.GetString("Type") == "pageview");
        Assert.Equal("news.example", view.GetString("Referrer"));
        Assert.Equal("plausible-news", view.GetString("UtmSource"));
        var engaged = events.Single(e => e.GetString("Type") == "engagement");
        Assert.Equal(87, engaged.GetInt32("ScrollDepth"));
        Assert.Equal(64000, engaged.GetInt32("EngagedMs"));
    }

    [Fact]
    public async Task PostEvent_CustomEventName_AcceptedNothingStored()
    {
        await using var host = await BeaconHost.StartAsync();

        using var response = await host.Client.SendAsync(Beacons.Post("""{"name":"Outbound Link: Click","url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example","props":{"url":"https://x.example"}}""", "application/json", "/api/event"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await host.EventsAsync());
    }

    [Theory]
    [InlineData("""{"name":"pageview","url":"https://site.example/somewhere-else","domain":"site.example"}""", "unknown-article")]
    [InlineData("""{"name":"pageview","domain":"site.example"}""", "invalid-event")]
    [InlineData("""{"name":"engagement","url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example","sd":150,"e":10}""", "invalid-event")]
    [InlineData("""{"url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example"}""", "invalid-event")]
    [InlineData("""{"name":"pageview","url":"\ud800","domain":"site.example"}""", "invalid-event")] // a lone surrogate: found by the property tests (was 500)
    [InlineData("""{"name":"pageview","url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example","referrer":"\udfff x"}""", "invalid-event")]
    public async Task PostEvent_Bad_400(string body, string code)
    {
        await using var host = await BeaconHost.StartAsync();

        using var response = await host.Client.SendAsync(Beacons.Post(body, "application/json", "/api/event"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Empty(await host.EventsAsync());
    }
}
