using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Analytics.Plausible;

/// <summary>
/// Plausible's official tracker from npm (<c>@plausible-analytics/tracker</c> 0.4.6, bundled by esbuild when the test
/// starts) in Chromium, on a page served at the article's page path and pointed at our <c>POST /api/event</c> with
/// <c>init({domain, endpoint})</c>: a reader arrives from a referrer with utm values, scrolls with pauses, switches
/// tabs twice (so the tracker sends engagement twice), converts a goal with props and leaves. The stats API then
/// shows exactly that reading, and nothing personal is stored.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PlausibleTrackerTests(BrowserFixture browser)
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string PrivateQueryValue = "q7Zx9private";
    private const string PathAndQuery = "/articles/" + Slug + "?utm_source=newsletter&utm_medium=email&utm_campaign=november&token=" + PrivateQueryValue;
    private const string ReaderUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    [Fact]
    public async Task OfficialTracker_ReadingSession_ReportedExactly_NothingPersonalStored()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        var article = await ArticleHtmlAsync(host.Client);
        var tracker = await PlausibleTrackerBundle.GetAsync();

        // A reader's user agent for the whole browser: HeadlessChrome would rightly be counted as a bot.
        var reader = await browser.LaunchWithUserAgentAsync(ReaderUserAgent);
        try
        {
            await using var context = await reader.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
            await context.AddInitScriptAsync(InitScripts.Visibility());
            var page = await context.NewPageAsync();
            var statuses = new List<int>();
            page.Response += (_, r) =>
            {
                if (r.Url.EndsWith("/api/event", StringComparison.Ordinal))
                {
                    lock (statuses)
                    {
                        statuses.Add(r.Status);
                    }
                }
            };
            await page.RouteAsync(new Uri(host.BaseAddress, "/test/plausible.js").ToString(), r => r.FulfillAsync(new() { ContentType = "text/javascript", Body = tracker }));
            await page.RouteAsync(new Uri(host.BaseAddress, "/articles/" + Slug).ToString() + "*", r => r.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = Page(article) }));

            // Arrive from a referrer; the pageview goes out from init.
            await page.GotoAsync(new Uri(host.BaseAddress, PathAndQuery).ToString(), new() { Referer = "https://news.example/story/1?id=7" });
            var t0 = await page.EvaluateAsync<double>("window.__t0");

            // Read a while, scrolling part of the way with pauses, then switch to another tab (engagement #1).
            await page.Mouse.MoveAsync(640, 360);
            await Reading.WheelAsync(page, 900);
            await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.5));
            await Reading.WheelAsync(page, 900);
            await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.5));
            var hidden1 = await SetVisibilityAsync(page, "hidden");
            await Task.Delay(TimeSpan.FromSeconds(3)); // away: must not count
            var shown = await SetVisibilityAsync(page, "visible");

            // Back: read to the end, convert a goal with props, switch away again (engagement #2), and leave.
            await Reading.WheelAsync(page, await page.EvaluateAsync<double>("document.documentElement.scrollHeight"));
            await Reading.DwellAsync(page, TimeSpan.FromSeconds(1.5));
            await page.EvaluateAsync("Plausible.track('Signup', { props: { plan: 'pro', offer: 'https://partner.example/offer?ref=" + PrivateQueryValue + "' } })");
            var hidden2 = await SetVisibilityAsync(page, "hidden");
            var userAgent = await page.EvaluateAsync<string>("navigator.userAgent");
            await page.GotoAsync("about:blank");

            var tables = new TableServiceClient(azurite.ConnectionString);
            var events = await Eventually.GetAsync(
                async () =>
                {
                    var all = await StoredEvents.ReadAllAsync(tables.GetTableClient("events"));
                    return all.Count(e => Type(e) == "pageview") == 1 && all.Count(e => Type(e) == "engagement") >= 2 && all.Any(e => Type(e) == "custom") ? all : null;
                },
                TimeSpan.FromSeconds(20),
                () => $"a pageview, two engagement events and a custom event stored (answers seen: {string.Join(", ", statuses)})");
            Assert.All(statuses, s => Assert.Equal(202, s));

            // Engaged time is the sum of the tracker's increments: visible time only, the 3 s away excluded.
            var expectedMs = (hidden1 - t0) + (hidden2 - shown);
            var storedMs = events.Where(e => Type(e) == "engagement").Sum(e => StoredEvents.Number(e, "EngagedMs"));
            Assert.InRange(storedMs, expectedMs - 250, expectedMs + 250);

            var summary = await StatsAsync(host, "summary?article=" + Slug);
            Assert.Equal(1, summary.GetProperty("pageviews").GetInt64());
            Assert.Equal(1, summary.GetProperty("visitors").GetInt64());
            Assert.Equal(0, summary.GetProperty("bots").GetInt64());
            Assert.Equal(100, summary.GetProperty("avgScrollDepth").GetDouble());
            Assert.InRange(summary.GetProperty("medianEngagedSeconds").GetDouble(), Math.Floor(expectedMs / 1000) - 1, Math.Floor(expectedMs / 1000) + 1);

            Assert.Equal([("news.example", 1L)], await BreakdownAsync(host, "referrer"));
            Assert.Equal([("newsletter", 1L)], await BreakdownAsync(host, "utm_source"));
            Assert.Equal([("email", 1L)], await BreakdownAsync(host, "utm_medium"));
            Assert.Equal([("november", 1L)], await BreakdownAsync(host, "utm_campaign"));
            Assert.Equal([("Signup", 1L)], await BreakdownAsync(host, "goal"));
            Assert.Equal([("Signup | offer=https://partner.example/offer", 1L), ("Signup | plan=pro", 1L)], await BreakdownAsync(host, "prop"));

            // Nothing personal anywhere in storage: no IP, no user agent, no page URL or its other query values.
            string[] forbidden = ["127.0.0.1", "HeadlessChrome", "Mozilla", userAgent, PrivateQueryValue, "token=", "ref=", "?id=7", "/story/1"];
            await StoredEvents.AssertNothingPersonalAsync(tables, forbidden);
        }
        finally
        {
            await reader.CloseAsync();
        }
    }

    // Flips the page's visibility and returns the page's clock at that moment: the tracker reads the same clock.
    private static Task<double> SetVisibilityAsync(IPage page, string state) =>
        page.EvaluateAsync<double>("state => { const t = Date.now(); window.__setVisibility(state); return t; }", state);

    private static string Page(string article) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Plausible tracker test page</title>
        <style>body { font: 18px/1.6 sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }</style></head>
        <body>
        {{article}}
        <script src="/test/plausible.js"></script>
        <script>
          // Plausible's own switch for automated browsers: without it the tracker ignores navigator.webdriver sessions.
          window.__plausible = true;
          window.__t0 = Date.now();
          Plausible.init({ domain: 'site.example', endpoint: '/api/event', captureOnLocalhost: true });
        </script>
        </body>
        </html>
        """;

    private static async Task<string> ArticleHtmlAsync(HttpClient api)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/articles/{Slug}", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonElement> StatsAsync(LocalHostServer host, string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats/" + pathAndQuery, UriKind.Relative));
        request.Headers.Add("x-functions-key", LocalHostServer.FunctionKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{pathAndQuery}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<(string Value, long Pageviews)>> BreakdownAsync(LocalHostServer host, string by) =>
        [.. (await StatsAsync(host, $"breakdown?article={Slug}&by={by}")).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString()!, r.GetProperty("pageviews").GetInt64()))
            .OrderBy(r => r.Item1, StringComparer.Ordinal)];

    private static string? Type(TableEntity e) => e.GetString("Type");
}
