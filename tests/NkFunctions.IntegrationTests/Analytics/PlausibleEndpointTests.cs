using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>
/// POST /api/event takes every payload shape Plausible's ingestion takes from its trackers (plausible/analytics
/// lib/plausible/ingestion/request.ex, commit 69e5af5d; @plausible-analytics/tracker 0.4.6), over HTTP into Azurite.
/// </summary>
public sealed class PlausibleEndpointTests
{
    internal const string Page = "https://site.example/articles/nk-cells-in-pregnancy";

    [Theory]
    // What @plausible-analytics/tracker 0.4.6 sends: compact keys, text/plain, v = 36.
    [InlineData("text/plain", """{"n":"pageview","v":36,"u":"{PAGE}?utm_source=news","d":"site.example","r":"https://news.example/story/1","p":{"author":"x"}}""")]
    // The Events API document: long names, application/json.
    [InlineData("application/json", """{"name":"pageview","url":"{PAGE}?utm_source=news","domain":"site.example","referrer":"https://news.example/story/1"}""")]
    // Mixed, with the charset the browser adds, www. on the domain, several domains, interactive and revenue.
    [InlineData("text/plain;charset=UTF-8", """{"n":"pageview","u":"{PAGE}/?utm_source=news","domain":"www.site.example,other.example","referrer":"https://news.example/","i":false,"$":{"amount":"9.99","currency":"EUR"}}""")]
    // No domain at all: the URL's host, as Plausible does.
    [InlineData("application/json", """{"n":"pageview","u":"{PAGE}?utm_source=news","r":"https://news.example/"}""")]
    public async Task PostEvent_EveryPageviewShape_StoredForTheArticleOfTheUrl(string contentType, string body)
    {
        await using var host = await BeaconHost.StartAsync();

        using var response = await host.Client.SendAsync(Beacons.Post(body.Replace("{PAGE}", Page, StringComparison.Ordinal), contentType, "/api/event"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False(response.Headers.Contains("x-plausible-dropped"));
        var view = Assert.Single(await host.EventsAsync());
        Assert.Equal("pageview", view.GetString("Type"));
        Assert.Equal("nk-cells-in-pregnancy", view.GetString("Article"));
        Assert.Equal("news.example", view.GetString("Referrer"));
        Assert.Equal("news", view.GetString("UtmSource"));
        Assert.Null(view.GetString("Props")); // a page view's props are accepted and ignored
    }

    [Fact]
    public async Task PostEvent_TrackerEngagementShape_StoredAsAnIncrementLinkedToThePage()
    {
        await using var host = await BeaconHost.StartAsync();

        await PostAsync(host, """{"n":"pageview","v":36,"u":"{PAGE}","d":"site.example","r":null}""");
        await PostAsync(host, """{"n":"engagement","sd":87,"d":"site.example","u":"{PAGE}","p":{},"e":6400,"v":36}""");
        await PostAsync(host, """{"n":"engagement","sd":"90","d":"site.example","u":"{PAGE}","e":"1200"}"""); // digit strings, as Plausible parses them

        var events = await host.EventsAsync();
        var view = events.Single(e => e.GetString("Type") == "pageview");
        var engagements = events.Where(e => e.GetString("Type") == "engagement").ToList();
        Assert.Equal(2, engagements.Count);
        Assert.All(engagements, e => Assert.Equal(view.GetString("Link"), e.GetString("LinkTo")));
        Assert.Equal([1200, 6400], engagements.Select(e => e.GetInt32("EngagedMs")!.Value).Order());
        Assert.Equal([87, 90], engagements.Select(e => e.GetInt32("ScrollDepth")!.Value).Order());
    }

    [Fact]
    public async Task PostEvent_CustomEventWithProps_StoredWithoutUrlQueries()
    {
        await using var host = await BeaconHost.StartAsync();

        await PostAsync(host, """{"n":"pageview","u":"{PAGE}","d":"site.example"}""");
        await PostAsync(host, """{"n":"Outbound Link: Click","u":"{PAGE}","d":"site.example","p":{"url":"https://user:pw@x.example/a/b?token=secret#frag","n":3,"ok":true,"skip":null,"list":[1],"blank":" "}}""");
        await PostAsync(host, """{"name":"Signup","url":"{PAGE}","domain":"site.example","props":"{\"plan\":\"pro\"}"}"""); // props as a JSON string

        var events = await host.EventsAsync();
        var click = events.Single(e => e.GetString("Goal") == "Outbound Link: Click");
        Assert.Equal("custom", click.GetString("Type"));
        Assert.Equal("""{"url":"https://x.example/a/b","n":"3","ok":"true"}""", click.GetString("Props"));
        Assert.Equal("""{"plan":"pro"}""", events.Single(e => e.GetString("Goal") == "Signup").GetString("Props"));
    }

    [Fact]
    public async Task PostEvent_HashRouting_HashNamesTheArticleAndIsPartOfThePage()
    {
        await using var host = await BeaconHost.StartAsync();

        await PostAsync(host, """{"n":"pageview","u":"https://site.example/#/articles/nk-cells-in-pregnancy","d":"site.example","h":1}""");
        await PostAsync(host, """{"n":"pageview","u":"https://site.example/#/articles/nk-cells-in-pregnancy","d":"site.example"}""", expectDropped: true); // without h the page is "/"
        await PostAsync(host, """{"n":"pageview","u":"{PAGE}#introduction","d":"site.example","h":1}""");
        await PostAsync(host, """{"n":"pageview","u":"{PAGE}#introduction","d":"site.example"}""");

        var views = await host.EventsAsync();
        Assert.Equal(3, views.Count);
        Assert.All(views, v => Assert.Equal("nk-cells-in-pregnancy", v.GetString("Article")));
        Assert.Equal(3, views.Select(v => v.GetString("Link")).Distinct().Count()); // three pages: "/#/articles/…", "…#introduction", "…"
    }

    [Theory]
    [InlineData("""{"n":"pageview","u":"https://site.example/about","d":"site.example"}""")] // not an article
    [InlineData("""{"n":"pageview","u":"{PAGE}","d":"someone-else.example"}""")] // not our domain
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"elsewhere.example","sd":10}""")]
    public async Task PostEvent_ValidButNotOurs_202Dropped_NothingStored(string body)
    {
        await using var host = await BeaconHost.StartAsync();

        await PostAsync(host, body, expectDropped: true);

        Assert.Empty(await host.EventsAsync());
    }

    [Theory]
    [InlineData("""{"u":"{PAGE}","d":"site.example"}""", "name")]
    [InlineData("""{"n":"","u":"{PAGE}","d":"site.example"}""", "n")]
    [InlineData("""{"n":["pageview"],"u":"{PAGE}","d":"site.example"}""", "n")]
    [InlineData("""{"n":"pageview","d":"site.example"}""", "url")]
    [InlineData("""{"n":"pageview","u":"/articles/nk-cells-in-pregnancy","d":"site.example"}""", "u")]
    [InlineData("""{"n":"pageview","u":"data:text/plain,hi","d":"site.example"}""", "u")]
    [InlineData("""{"n":"pageview","url":"\ud800","domain":"site.example"}""", "url")] // a lone surrogate (was a 500 once)
    [InlineData("""{"n":"pageview","u":"{PAGE}","d":"  "}""", "d")]
    [InlineData("""{"n":"pageview","u":"{PAGE}","domain":7}""", "domain")]
    [InlineData("""{"n":"pageview","u":"{PAGE}","d":"site.example","r":42}""", "r")]
    [InlineData("""{"name":"pageview","url":"{PAGE}","domain":"site.example","referrer":"\udfff x"}""", "referrer")]
    [InlineData("""{"n":"pageview","u":"{PAGE}","d":"site.example","h":"yes"}""", "h")]
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"site.example"}""", "sd")]
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"site.example","sd":-1}""", "sd")]
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"site.example","sd":"deep","e":10}""", "sd")]
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"site.example","e":-5}""", "e")]
    [InlineData("""{"n":"engagement","u":"{PAGE}","d":"site.example","e":1.5}""", "e")]
    [InlineData("""{"n":"Signup","u":"{PAGE}","d":"site.example","p":{"plan":"{LONG}"}}""", "p.plan")]
    [InlineData("""{"n":"Signup","u":"{PAGE}","d":"site.example","props":{"k":"\ud800"}}""", "props.k")]
    [InlineData("""[{"n":"pageview"}]""", "$")]
    public async Task PostEvent_BadField_400ProblemNamingIt_NothingStored(string body, string field)
    {
        await using var host = await BeaconHost.StartAsync();
        body = body.Replace("{PAGE}", Page, StringComparison.Ordinal).Replace("{LONG}", new string('x', 2001), StringComparison.Ordinal);

        using var response = await host.Client.SendAsync(Beacons.Post(body, "text/plain", "/api/event"));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-event");
        Assert.StartsWith(field + " ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await host.EventsAsync());
    }

    [Theory]
    [InlineData("{\"n\":")]
    [InlineData("not json")]
    public async Task PostEvent_NotJson_400InvalidJson(string body)
    {
        await using var host = await BeaconHost.StartAsync();

        using var response = await host.Client.SendAsync(Beacons.Post(body, "text/plain", "/api/event"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    internal static async Task PostAsync(BeaconHost host, string body, bool expectDropped = false, string forwardedFor = "203.0.113.57")
    {
        using var response = await host.Client.SendAsync(Beacons.Post(body.Replace("{PAGE}", Page, StringComparison.Ordinal), "text/plain", "/api/event", forwardedFor: forwardedFor));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(expectDropped, response.Headers.TryGetValues("x-plausible-dropped", out var dropped) && dropped.Single() == "1");
    }
}
