using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Posts a small, hand-countable day of traffic through <c>POST /api/events</c> (so it lands today):
/// visitor A reads (40 s, scroll 90, two sections, from news.example) and comes back (5 s, scroll 10, news.example);
/// visitor B bounces (3 s, scroll 20, direct, mobile, campaign <c>=cmd</c>); a webdriver bot views once.
/// Expected: 3 page views, 2 visitors, 1 read, median 5 s, avg scroll 40, bounce rate 0.5 (B), 1 bot.
/// </summary>
internal static class KnownTraffic
{
    public const string VisitorA = "198.51.100.7";
    public const string VisitorB = "192.0.2.200";
    public const string Iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    public static async Task PostAsync(HttpClient client)
    {
        var a1 = Beacons.NewPageView();
        await SendAsync(client, VisitorA, Beacons.ChromeUa, Body(a1, "https://news.example/story?id=1", null, null, [
            Event(a1, 0, "pageview"),
            Event(a1, 1, "section", section: "introduction"),
            Event(a1, 2, "section", section: "understanding-nk-cells-in-fertility"),
            Event(a1, 3, "engagement", engagedMs: 20_000, scrollDepth: 50, sections: new() { ["introduction"] = 15_000 }),
            Event(a1, 4, "engagement", engagedMs: 40_000, scrollDepth: 90, sections: new() { ["introduction"] = 25_000, ["understanding-nk-cells-in-fertility"] = 15_000 }),
            Event(a1, 5, "read", engagedMs: 40_000),
        ]));

        var a2 = Beacons.NewPageView();
        await SendAsync(client, VisitorA, Beacons.ChromeUa, Body(a2, "https://news.example/other", null, null, [
            Event(a2, 0, "pageview"),
            Event(a2, 1, "engagement", engagedMs: 5_000, scrollDepth: 10),
        ]));

        var b = Beacons.NewPageView();
        await SendAsync(client, VisitorB, Iphone, Body(b, null, "=cmd", null, [
            Event(b, 0, "pageview"),
            Event(b, 1, "section", section: "introduction"),
            Event(b, 2, "engagement", engagedMs: 3_000, scrollDepth: 20, sections: new() { ["introduction"] = 3_000 }),
        ]));

        var bot = Beacons.NewPageView();
        await SendAsync(client, "203.0.113.9", Beacons.ChromeUa, Body(bot, null, null, "webdriver", [Event(bot, 0, "pageview")]));
    }

    private static async Task SendAsync(HttpClient client, string ip, string userAgent, string body)
    {
        using var response = await client.SendAsync(Beacons.Post(body, userAgent: userAgent, forwardedFor: ip));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static string Body(string pageView, string? referrer, string? campaign, string? bot, object[] events) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["article"] = Beacons.Article,
            ["pageview"] = pageView,
            ["referrer"] = referrer,
            ["utm"] = campaign is null ? null : new { source = "newsletter", campaign },
            ["bot"] = bot,
            ["events"] = events,
        });

    private static Dictionary<string, object?> Event(string pageView, int n, string type, string? section = null, int? engagedMs = null, int? scrollDepth = null, Dictionary<string, int>? sections = null) =>
        new()
        {
            ["id"] = $"{pageView}-{n}",
            ["type"] = type,
            ["section"] = section,
            ["engagedMs"] = engagedMs,
            ["scrollDepth"] = scrollDepth,
            ["sections"] = sections,
        };
}
