using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Analytics.Tracker;

/// <summary>
/// nk.js in Chromium on a page served from the local host, with every beacon intercepted in the browser (no
/// storage involved): what it sends, when, and what it never does.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed partial class TrackerTests(BrowserFixture browser, LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Referrer = "https://www.example.org/some/path?q=1";

    [Fact]
    public async Task ReadingThrough_SendsPageviewSectionsInOrderEngagementAndRead()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "0.1"); // a read needs 3 s engaged
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await Reading.ReadThroughAsync(page, article.SectionIds, TimeSpan.FromSeconds(1.2));
        await page.EvaluateAsync("window.__setVisibility('hidden')"); // the tab goes to the background: flush
        await beacons.WaitForEventAsync(e => Type(e) == "engagement", "an engagement event");

        var events = beacons.Events;
        Assert.Single(events, e => Type(e) == "pageview");
        Assert.Equal(article.SectionIds, events.Where(e => Type(e) == "section").Select(e => e.GetProperty("section").GetString()));

        var engagement = events.Last(e => Type(e) == "engagement");
        Assert.InRange(engagement.GetProperty("scrollDepth").GetInt32(), 95, 100);
        Assert.InRange(engagement.GetProperty("engagedMs").GetInt32(), 1, 1_800_000);
        var perSection = engagement.GetProperty("sections").EnumerateObject().ToList();
        Assert.NotEmpty(perSection);
        Assert.All(perSection, s => Assert.Contains(s.Name, article.SectionIds));
        Assert.True(perSection.Sum(s => s.Value.GetInt32()) <= engagement.GetProperty("engagedMs").GetInt32(), engagement.GetRawText());

        var read = Assert.Single(events, e => Type(e) == "read");
        Assert.InRange(read.GetProperty("engagedMs").GetInt32(), 3000, 1_800_000);
    }

    [Fact]
    public async Task Beacons_FollowTheProtocolAndCarryNoPageUrl()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await Reading.WheelAsync(page, 600);
        await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.2));
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await beacons.WaitForEventAsync(e => Type(e) == "engagement", "an engagement event");

        var first = beacons.Beacons[0].Body;
        var pageview = first.GetProperty("pageview").GetString()!;
        Assert.Matches(PageViewId(), pageview);
        foreach (var beacon in beacons.Beacons)
        {
            Assert.Equal("POST", beacon.Method);
            Assert.StartsWith("text/plain", beacon.ContentType, StringComparison.OrdinalIgnoreCase); // no CORS preflight
            var body = beacon.Body;
            Assert.Equal(TestArticlePage.Slug, body.GetProperty("article").GetString());
            Assert.Equal(pageview, body.GetProperty("pageview").GetString());
            Assert.Equal("https://www.example.org", body.GetProperty("referrer").GetString()); // scheme and host only
            Assert.Equal("newsletter", body.GetProperty("utm").GetProperty("source").GetString());
            Assert.Equal("email", body.GetProperty("utm").GetProperty("medium").GetString());
            Assert.Equal("november", body.GetProperty("utm").GetProperty("campaign").GetString());
            Assert.Equal("webdriver", body.GetProperty("bot").GetString()); // Playwright's Chromium has navigator.webdriver
            Assert.False(body.TryGetProperty("partner", out _)); // not in a frame
            Assert.InRange(body.GetProperty("events").GetArrayLength(), 1, 50);
            Assert.DoesNotContain("q7Zx9private", beacon.RawBody, StringComparison.Ordinal);
            Assert.DoesNotContain("/test/article.html", beacon.RawBody, StringComparison.Ordinal);
            Assert.DoesNotContain("/some/path", beacon.RawBody, StringComparison.Ordinal);
        }

        var ids = beacons.Events.Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.StartsWith(pageview + "-", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tracker_SetsNoCookiesAndNoStorage()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await Reading.WheelAsync(page, 400);
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await beacons.WaitForEventAsync(e => Type(e) == "engagement", "an engagement event");

        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("indexedDB.databases().then(d => d.length)"));
        // Nothing global either: the page's own globals are the test's visibility hooks only.
        Assert.False(await page.EvaluateAsync<bool>("'nk' in window"));
    }

    [Theory]
    [InlineData("globalPrivacyControl")]
    [InlineData("doNotTrack")]
    public async Task PrivacySignal_SendsNothingAtAll(string signal)
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "0.1");
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(PageVisibility.PrivacySignal(signal));
        var (page, beacons) = await OpenAsync(context, article);

        await Reading.WheelAsync(page, 900);
        await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.2)); // long enough for a section to count as seen
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await beacons.DrainAsync(page);

        Assert.True(await TrackerLoadedAsync(page), "nk.js was not loaded, so its silence proves nothing.");
        Assert.Empty(beacons.Beacons);
    }

    [Theory]
    [InlineData("hidden")]
    [InlineData("prerendering")]
    public async Task NotShownAtLoad_SendsThePageviewOnlyOnceShown(string state)
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        var prerendering = state == "prerendering";
        var (page, beacons) = await OpenAsync(context, article, PageVisibility.Script(prerendering ? "visible" : "hidden", prerendering));

        await beacons.DrainAsync(page);
        Assert.True(await TrackerLoadedAsync(page), "nk.js was not loaded.");
        Assert.Empty(beacons.Beacons);

        await page.EvaluateAsync(prerendering ? "window.__activatePrerender()" : "window.__setVisibility('visible')");
        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview once shown");
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await page.EvaluateAsync("window.__setVisibility('visible')");
        await beacons.DrainAsync(page);

        Assert.Single(beacons.Events, e => Type(e) == "pageview");
    }

    [Fact]
    public async Task NeverShown_SendsNothing()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article, PageVisibility.Script("hidden"));

        await page.EvaluateAsync("dispatchEvent(new PageTransitionEvent('pagehide'))");
        await beacons.DrainAsync(page);

        Assert.True(await TrackerLoadedAsync(page), "nk.js was not loaded.");
        Assert.Empty(beacons.Beacons);
    }

    private async Task<(IPage Page, BeaconRecorder Beacons)> OpenAsync(IBrowserContext context, TestArticlePage article, string? visibilityScript = null)
    {
        await context.AddInitScriptAsync(visibilityScript ?? PageVisibility.Script());
        var page = await context.NewPageAsync();
        var beacons = await BeaconRecorder.AttachAsync(page);
        await article.RouteAsync(page, host.Server.BaseAddress);
        await page.GotoAsync(new Uri(host.Server.BaseAddress, TestArticlePage.PathAndQuery).ToString(), new() { Referer = Referrer });
        return (page, beacons);
    }

    // Deferred scripts run before the load event GotoAsync waits for, so by now the tracker has run (or returned).
    private static Task<bool> TrackerLoadedAsync(IPage page) =>
        page.EvaluateAsync<bool>("performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/nk.js') && e.responseStatus === 200)");

    private static string? Type(JsonElement e) => e.GetProperty("type").GetString();

    [GeneratedRegex("^[A-Za-z0-9_-]{16}$")]
    private static partial Regex PageViewId();
}
