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
        var onPage = System.Diagnostics.Stopwatch.StartNew();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await Reading.ReadThroughAsync(page, article.SectionIds, TimeSpan.FromSeconds(1.2));
        await page.EvaluateAsync("window.__setVisibility('hidden')"); // the tab goes to the background: flush
        var elapsedMs = onPage.ElapsedMilliseconds;
        await beacons.WaitForEventAsync(e => Type(e) == "engagement", "an engagement event");

        var events = beacons.Events;
        Assert.Single(events, e => Type(e) == "pageview");
        Assert.Equal(article.SectionIds, events.Where(e => Type(e) == "section").Select(e => e.GetProperty("section").GetString()));

        var engagement = events.Last(e => Type(e) == "engagement");
        Assert.InRange(engagement.GetProperty("scrollDepth").GetInt32(), 95, 100);
        Assert.InRange(engagement.GetProperty("engagedMs").GetInt32(), 1, elapsedMs); // never more than the time on the page
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
        Assert.All(beacons.Beacons, b => Assert.Equal("ping", b.ResourceType)); // navigator.sendBeacon
        Assert.DoesNotContain(beacons.Events, e => Type(e) == "read"); // 4 minutes to read: a few seconds are no read
    }

    [Fact]
    public async Task SkimmingPast_DoesNotCountTheSectionsPassedBy()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await page.Mouse.MoveAsync(640, 360);
        var end = await page.EvaluateAsync<double>("document.documentElement.scrollHeight - innerHeight");
        // The test's own observer, with the tracker's visibility rule: which sections did the skim really pass by?
        await page.EvaluateAsync(
            """
            () => {
              window.__passedBy = new Set();
              const io = new IntersectionObserver(entries => entries.forEach(e => {
                const h = e.isIntersecting ? e.intersectionRect.height : 0;
                if (h && Math.max(e.intersectionRatio, h / innerHeight) >= 0.5) window.__passedBy.add(e.target.dataset.section);
              }), { threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] });
              document.querySelectorAll('[data-section]').forEach(s => io.observe(s));
            }
            """);

        // Straight to the end, 120 px per animation frame, so each section is in view for a fraction of a second. The
        // loop runs in the page: driving each step from the test (a round trip per wheel notch) made the skim itself
        // slow enough on a loaded machine for a passed section to stay in view the full second.
        await page.EvaluateAsync(
            """
            end => new Promise(done => {
              const step = () => { if (scrollY >= end - 1) return done(); scrollBy(0, 120); requestAnimationFrame(step); };
              requestAnimationFrame(step);
            })
            """,
            end);
        await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.2));
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await beacons.WaitForEventAsync(e => Type(e) == "engagement", "an engagement event");

        var seen = beacons.Events.Where(e => Type(e) == "section").Select(e => e.GetProperty("section").GetString()).ToList();
        var passedBy = await page.EvaluateAsync<string[]>("[...window.__passedBy]");
        Assert.Contains(article.SectionIds[2], passedBy); // in view, half or more, on the way down: yet not counted
        Assert.Contains(article.SectionIds[3], passedBy);
        Assert.Contains(article.SectionIds[^1], seen);
        Assert.DoesNotContain(article.SectionIds[2], seen);
        Assert.DoesNotContain(article.SectionIds[3], seen);
    }

    [Fact]
    public async Task ManyEvents_AreSplitIntoBeaconsOfAtMost50()
    {
        var article = TestArticlePage.ManySmallSections(60);
        await using var context = await browser.NewContextAsync();
        var (page, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");
        await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.5)); // every section is in view: all seen after 1 s
        await page.EvaluateAsync("window.__setVisibility('hidden')");
        await beacons.WaitForEventAsync(_ => beacons.Events.Count(e => Type(e) == "section") == 60, "60 section events");

        Assert.All(beacons.Beacons, b => Assert.InRange(b.Body.GetProperty("events").GetArrayLength(), 1, 50));
        Assert.Contains(beacons.Beacons, b => b.Body.GetProperty("events").GetArrayLength() == 50);
        Assert.Equal(article.SectionIds, beacons.Events.Where(e => Type(e) == "section").Select(e => e.GetProperty("section").GetString()));
    }

    [Fact]
    public async Task SendBeaconRefused_FallsBackToFetch()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync("Navigator.prototype.sendBeacon = () => false;"); // e.g. over its quota
        var (_, beacons) = await OpenAsync(context, article);

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview");

        var beacon = Assert.Single(beacons.Beacons);
        Assert.Equal("fetch", beacon.ResourceType);
        Assert.Equal("POST", beacon.Method);
        Assert.StartsWith("text/plain", beacon.ContentType, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Embedded_SendsThePartnerOriginAndNoReferrer()
    {
        var article = await TestArticlePage.LoadAsync(host.Client, readingMinutes: "4");
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(InitScripts.Visibility());
        var page = await context.NewPageAsync();
        var beacons = await BeaconRecorder.AttachAsync(page);
        await article.RouteAsync(page, host.Server.BaseAddress);

        // The partner's page is on another origin (localhost, not 127.0.0.1) and frames the article.
        var partner = $"http://localhost:{host.Server.BaseAddress.Port}";
        var frameUrl = new Uri(host.Server.BaseAddress, TestArticlePage.PathAndQuery);
        await page.RouteAsync(partner + "/blog/nk?reader=42", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = $"<!doctype html><title>Partner</title><iframe src=\"{frameUrl}\" width=\"800\" height=\"600\"></iframe>",
        }));
        await page.GotoAsync(partner + "/blog/nk?reader=42", new() { Referer = Referrer });

        await beacons.WaitForEventAsync(e => Type(e) == "pageview", "the pageview from the frame");

        var body = beacons.Beacons[0].Body;
        Assert.Equal(partner, body.GetProperty("partner").GetString());
        Assert.False(body.TryGetProperty("referrer", out _), body.GetRawText());
        Assert.DoesNotContain("/blog/nk", beacons.Beacons[0].RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("reader=42", beacons.Beacons[0].RawBody, StringComparison.Ordinal);
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
        await context.AddInitScriptAsync(InitScripts.PrivacySignal(signal));
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
        var (page, beacons) = await OpenAsync(context, article, InitScripts.Visibility(prerendering ? "visible" : "hidden", prerendering));

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
        var (page, beacons) = await OpenAsync(context, article, InitScripts.Visibility("hidden"));

        await page.EvaluateAsync("dispatchEvent(new PageTransitionEvent('pagehide'))");
        await beacons.DrainAsync(page);

        Assert.True(await TrackerLoadedAsync(page), "nk.js was not loaded.");
        Assert.Empty(beacons.Beacons);
    }

    private async Task<(IPage Page, BeaconRecorder Beacons)> OpenAsync(IBrowserContext context, TestArticlePage article, string? visibilityScript = null)
    {
        await context.AddInitScriptAsync(visibilityScript ?? InitScripts.Visibility());
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
