using System.Net;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>Every bad-input class of docs/beacons.md: a clear 4xx problem, and nothing stored.</summary>
public sealed class BeaconValidationTests : IAsyncLifetime
{
    private BeaconHost? _host;

    private BeaconHost Host => _host!;

    public async Task InitializeAsync() => _host = await BeaconHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Theory]
    [InlineData("{", "invalid-json", "JSON")]
    [InlineData("[]", "invalid-beacon", "$")]
    [InlineData("""{"pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "article")]
    [InlineData("""{"article":"nope","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "unknown-article", "nope")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"short","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "pageview")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[]}""", "too-many-events", "events")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"click"}]}""", "invalid-beacon", "events[0].type")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"section","section":"nope"}]}""", "unknown-section", "nope")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"engagement","engagedMs":5,"scrollDepth":101}]}""", "invalid-beacon", "events[0].scrollDepth")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"engagement","engagedMs":"5","scrollDepth":1}]}""", "invalid-beacon", "events[0].engagedMs")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"read","engagedMs":99999999999}]}""", "invalid-beacon", "events[0].engagedMs")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abc","type":"pageview"}]}""", "invalid-beacon", "events[0].id")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"pageview"},{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "events[1].id")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","bot":"maybe","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "bot")]
    [InlineData("""{"article":["x"],"pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "article")]
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","referrer":"\ud800","events":[{"id":"abcdefgh1","type":"pageview"}]}""", "invalid-beacon", "referrer")] // lone surrogates: found by the property tests (were 500)
    [InlineData("""{"article":"nk-cells-in-pregnancy","pageview":"abcdefgh1","events":[{"id":"abcdefgh1","type":"engagement","engagedMs":5,"scrollDepth":1,"sections":{"\udc00":1}}]}""", "invalid-beacon", "events[0].sections")]
    public async Task PostEvents_BadBody_400NamingTheField(string body, string code, string mentioned)
    {
        using var response = await Host.Client.SendAsync(Beacons.Post(body));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Contains(mentioned, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Host.EventsAsync());
    }

    [Fact]
    public async Task PostEvents_TooManyEvents_400()
    {
        var pv = Beacons.NewPageView();
        var body = Beacons.Body(pv, [.. Enumerable.Range(0, 51).Select(i => Beacons.PageView(pv, i))]);

        using var response = await Host.Client.SendAsync(Beacons.Post(body));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "too-many-events");
    }

    [Fact]
    public async Task PostEvents_UnknownExtraFields_Ignored()
    {
        var pv = Beacons.NewPageView();
        var body = $$"""{"article":"nk-cells-in-pregnancy","pageview":"{{pv}}","future":{"x":1},"events":[{"id":"{{pv}}-0","type":"pageview","extra":true}]}""";

        using var response = await Host.Client.SendAsync(Beacons.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task PostEvents_BodyOverLimit_413()
    {
        var body = "{\"article\":\"" + new string('a', 17 * 1024) + "\"}";

        using var response = await Host.Client.SendAsync(Beacons.Post(body));

        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "body-too-large");
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/html")]
    public async Task PostEvents_WrongContentType_415(string contentType)
    {
        var pv = Beacons.NewPageView();

        using var response = await Host.Client.SendAsync(Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)), contentType));

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Empty(await Host.EventsAsync());
    }

    [Fact]
    public async Task PostEvents_InvalidUtf8_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/events", UriKind.Relative))
        {
            Content = new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain");

        using var response = await Host.Client.SendAsync(request);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-json");
    }

    [Fact]
    public async Task OptionsEvents_Preflight_AllowsPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/events", UriKind.Relative));
        request.Headers.Add("Origin", "https://reader.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("POST", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }
}
