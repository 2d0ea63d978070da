using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

namespace NkFunctions.BrowserTests.Embeds;

/// <summary>
/// A partner's page on another origin pastes two sections' embed code from the article JSON. In Chromium: the loader
/// frames both sections sandboxed, fits each iframe to its content, links open the public article in a new tab, the
/// embed cannot reach the partner's page, and the views reach Table Storage and the stats API under the partner's host.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PartnerEmbedTests(BrowserFixture browser)
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string PartnerHost = "localhost";
    private static readonly string[] Sections = ["understanding-nk-cells-in-fertility", "how-nk-cells-influence-fertility"];

    // A reader's ordinary Chrome: Playwright's own user agent and navigator.webdriver would (rightly) be counted as bots,
    // and one bot event makes its whole page view a bot's.
    private const string ReaderUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    private const string NotWebDriver = "Object.defineProperty(Navigator.prototype, 'webdriver', { configurable: true, get: () => false });";

    [Fact]
    public async Task TwoEmbedsOnAPartnerPage_RenderFitIsolateLinkAndCountUnderThePartner()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(
            null,
            $"--AzureWebJobsStorage={azurite.ConnectionString}",
            $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}");
        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var sections = Sections.Select(id => article.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id)).ToList();
        using var partner = PartnerSite.Start(PartnerSite.PageWith([.. sections.Select(s => s.GetProperty("embed").GetProperty("code").GetString()!)]));

        await using var readerBrowser = await browser.LaunchWithUserAgentAsync(ReaderUserAgent);
        await using var context = await ReaderContextAsync(readerBrowser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(partner.Origin + "/");

        // Both blockquotes became iframes, each sized by its own height message.
        var frames = page.Locator("iframe");
        await Eventually.GetAsync(async () => await page.Locator("iframe[data-nk-embed-height]").CountAsync() == 2 ? "ok" : null, TimeSpan.FromSeconds(15), () => "two iframes sized by their height messages");
        Assert.Equal(2, await page.Locator("blockquote.nk-embed[hidden]").CountAsync());
        for (var i = 0; i < 2; i++)
        {
            var element = frames.Nth(i);
            Assert.Equal("allow-scripts allow-popups allow-popups-to-escape-sandbox", await element.GetAttributeAsync("sandbox"));
            var frame = (await (await element.ElementHandleAsync()).ContentFrameAsync())!;
            Assert.Equal(Sections[i], await frame.Locator("section[data-section]").GetAttributeAsync("data-section"));
            Assert.Equal(sections[i].GetProperty("title").GetString(), await frame.Locator("section[data-section] h2").InnerTextAsync());

            // Fits: the iframe is as tall as the embed's document, and the embed has nothing left to scroll.
            await Eventually.GetAsync(
                async () =>
                {
                    var outer = await element.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
                    var inner = await frame.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
                    var scrollable = await frame.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight");
                    return Math.Abs(outer - inner) <= 1 && !scrollable ? "fits" : null;
                },
                TimeSpan.FromSeconds(10),
                () => $"iframe {i} to fit its content");
        }

        // Sandboxed: the embed's origin is opaque, so the partner's page, cookies and storage are out of its reach,
        // and it cannot navigate the partner's page away.
        var first = (await (await frames.Nth(0).ElementHandleAsync()).ContentFrameAsync())!;
        var reach = await first.EvaluateAsync<Dictionary<string, string>>("""
            () => {
              const attempt = f => { try { f(); return 'allowed'; } catch (e) { return e.name; } };
              return {
                origin: String(self.origin),
                parentDocument: attempt(() => parent.document.title),
                parentTitle: attempt(() => parent.document.getElementById('partner-title').textContent = 'defaced'),
                cookie: attempt(() => document.cookie),
                storage: attempt(() => localStorage.length),
                topNavigation: attempt(() => { top.location.href = 'about:blank#hijacked'; }),
              };
            }
            """);
        Assert.Equal("null", reach["origin"]);
        Assert.Equal("SecurityError", reach["parentDocument"]);
        Assert.Equal("SecurityError", reach["parentTitle"]);
        Assert.Equal("SecurityError", reach["cookie"]);
        Assert.Equal("SecurityError", reach["storage"]);
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(partner.Origin + "/", page.Url);
        Assert.Equal("Clinic blog", await page.Locator("#partner-title").InnerTextAsync());

        // Some reading inside the first embed (input there stands in for focus, which a cross-origin frame lacks).
        await frames.Nth(0).HoverAsync();
        for (var i = 0; i < 6; i++)
        {
            await page.Mouse.MoveAsync(300 + (i * 10), 200 + (i * 5));
            await page.Mouse.WheelAsync(0, 40);
            await page.WaitForTimeoutAsync(500);
        }

        // Both embeds stay in view (the viewport is tall enough for both) long enough to count as seen: >= 50% visible for 1 s.
        await page.WaitForTimeoutAsync(1500);

        // "Read the full article" opens the public page in a new, unsandboxed tab, at the section. (Clicked in the
        // second embed: a click gives its frame focus, and the first must earn its engaged time without one.)
        var second = (await (await frames.Nth(1).ElementHandleAsync()).ContentFrameAsync())!;
        var popup = await page.RunAndWaitForPopupAsync(() => second.Locator("a.nk-read").ClickAsync());
        await popup.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(new Uri(host.BaseAddress, $"/reader/?article={Slug}#{Sections[1]}").ToString(), popup.Url);
        await popup.Locator($"section[data-section='{Sections[1]}']").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(host.BaseAddress.GetLeftPart(UriPartial.Authority), await popup.EvaluateAsync<string>("self.origin"));
        await popup.CloseAsync();
        await page.GotoAsync("about:blank"); // leaving flushes the embeds' engagement beacons

        // Stored: a page view per embed, under the partner's host (taken from the embedding page, not a parameter).
        var events = await Eventually.GetAsync(
            async () =>
            {
                var all = await StoredEvents.ReadAllAsync(new TableClient(azurite.ConnectionString, "events"));
                // Each embed's last beacon (its section and engagement) leaves when the page is left: wait for both.
                var partnerEvents = all.Where(e => e.GetString("Partner") == PartnerHost).ToList();
                var complete = partnerEvents.Count(e => e.GetString("Type") == "pageview") >= 2
                    && partnerEvents.Count(e => e.GetString("Type") == "section") >= 2
                    && partnerEvents.Count(e => e.GetString("Type") == "engagement") >= 2;
                return complete ? all : null;
            },
            TimeSpan.FromSeconds(20),
            () => "two embed page views, their sections and engagements in table 'events'");
        // (The public page opened from the embed counts too, as a top-level view without a partner.)
        var pageViews = events.Where(e => e.GetString("Type") == "pageview").ToList();
        var embedViews = pageViews.Where(e => e.GetString("Partner") is not null).ToList();
        Assert.Equal(2, embedViews.Count);
        Assert.All(embedViews, e => Assert.Equal(PartnerHost, e.GetString("Partner")));
        Assert.All(embedViews, e => Assert.Null(e.GetString("Referrer")));
        Assert.All(pageViews.Except(embedViews), e => Assert.Null(e.GetString("Partner")));
        var embedSections = events.Where(e => e.GetString("Type") == "section" && e.GetString("Partner") == PartnerHost).Select(e => e.GetString("Section"));
        Assert.Equal(Sections.Order(StringComparer.Ordinal), embedSections.Order(StringComparer.Ordinal));

        // The first embed was scrolled over but never clicked, and still earned engaged time.
        var firstView = events.Single(e => e.GetString("Type") == "section" && e.GetString("Section") == Sections[0]).GetString("PageView");
        Assert.True(events.Where(e => e.GetString("PageView") == firstView && e.GetString("Type") == "engagement").Max(e => StoredEvents.Number(e, "EngagedMs")) > 0);

        // And the partner sees them in the stats API's partner breakdown.
        var today = Stats.Day(DateOnly.FromDateTime(DateTime.UtcNow));
        var breakdown = await Stats.JsonAsync(host.Client, $"breakdown?by=partner&article={Slug}&from={today}&to={today}");
        var row = breakdown.EnumerateArray().Single(r => r.GetProperty("value").GetString() == PartnerHost);
        Assert.Equal(2, row.GetProperty("pageviews").GetInt32());
    }

    [Fact]
    public async Task FrameAncestorsAllowList_LetsListedPartnersFrameAndStopsOthers()
    {
        var allowedPort = LoopbackPorts.Free();
        await using var host = await LocalHostServer.StartAsync(null, $"--Embeds:FrameAncestors:0=http://localhost:{allowedPort}");
        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var code = article.GetProperty("sections")[1].GetProperty("embed").GetProperty("code").GetString()!;
        using var allowed = PartnerSite.Start(PartnerSite.PageWith(code), allowedPort);
        using var other = PartnerSite.Start(PartnerSite.PageWith(code));

        await using var context = await ReaderContextAsync(browser.Browser);
        var allowedPage = await context.NewPageAsync();
        await allowedPage.GotoAsync(allowed.Origin + "/");
        await allowedPage.Locator("iframe[data-nk-embed-height]").WaitForAsync(new() { Timeout = 15_000 });
        var allowedFrame = (await (await allowedPage.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        Assert.Equal(1, await allowedFrame.Locator("article.nk-embed").CountAsync());

        var otherPage = await context.NewPageAsync();
        var violations = new List<string>();
        otherPage.Console += (_, m) => violations.Add(m.Text);
        var embedResponse = otherPage.WaitForResponseAsync(r => r.Url.Contains("/api/embed/", StringComparison.Ordinal));
        await otherPage.GotoAsync(other.Origin + "/");
        Assert.Equal(200, (await embedResponse).Status); // served, but the browser refuses to show it here
        await otherPage.WaitForTimeoutAsync(1000);
        var otherFrame = (await (await otherPage.Locator("iframe").ElementHandleAsync()).ContentFrameAsync())!;
        Assert.Equal(0, await otherFrame.Locator("article.nk-embed").CountAsync());
        Assert.Null(await otherPage.Locator("iframe").GetAttributeAsync("data-nk-embed-height"));
        Assert.Contains(violations, v => v.Contains("frame-ancestors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loader_HonoursThemeAndMaxHeight_AndIgnoresMessagesFromAnyoneButItsFrame()
    {
        await using var host = await LocalHostServer.StartAsync();
        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var code = article.GetProperty("sections")[2].GetProperty("embed").GetProperty("code").GetString()!;
        var capped = code.Replace("<blockquote class=\"nk-embed\"", "<blockquote class=\"nk-embed\" data-theme=\"dark\" data-max-height=\"150\"", StringComparison.Ordinal);
        using var partner = PartnerSite.Start(PartnerSite.PageWith(capped, code));

        await using var context = await ReaderContextAsync(browser.Browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(partner.Origin + "/");
        await Eventually.GetAsync(async () => await page.Locator("iframe[data-nk-embed-height]").CountAsync() == 2 ? "ok" : null, TimeSpan.FromSeconds(15), () => "two sized iframes");

        // Capped at data-max-height: the rest scrolls inside; and dark as asked.
        var cappedFrame = page.Locator("iframe").Nth(0);
        Assert.Equal("150px", await cappedFrame.GetAttributeAsync("data-nk-embed-height"));
        var inner = (await (await cappedFrame.ElementHandleAsync()).ContentFrameAsync())!;
        Assert.True(await inner.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight"));
        Assert.Equal("dark", await inner.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Contains("theme=dark", await cappedFrame.GetAttributeAsync("src"), StringComparison.Ordinal);

        // A height message with the right secret but from the wrong window (here the partner page itself, standing in
        // for any other script or frame on it) changes nothing.
        var fitted = page.Locator("iframe").Nth(1);
        var before = await fitted.GetAttributeAsync("data-nk-embed-height");
        await page.EvaluateAsync("""
            () => {
              const frame = document.querySelectorAll('iframe')[1];
              const secret = new URL(frame.src).hash.slice('#nk='.length);
              window.postMessage({ type: 'nk-embed:height', height: 4000, secret }, '*');
            }
            """);
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(before, await fitted.GetAttributeAsync("data-nk-embed-height"));
        Assert.NotEqual("4000px", await fitted.EvaluateAsync<string>("f => f.style.height"));
    }

    [Fact]
    public async Task EmbedPreview_ShowsEverySectionEmbeddedInThePickedTheme()
    {
        await using var host = await LocalHostServer.StartAsync(null, $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}");
        var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative))).RootElement;
        var expected = article.GetProperty("sections").GetArrayLength() + 1; // and the whole article

        await using var context = await ReaderContextAsync(browser.Browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"/reader/embeds.html?article={Slug}&theme=dark").ToString());

        await Eventually.GetAsync(async () => await page.Locator("iframe[data-nk-embed-height]").CountAsync() == expected ? "ok" : null, TimeSpan.FromSeconds(20), () => $"{expected} sized embeds");
        var frame = (await (await page.Locator("iframe").Last.ElementHandleAsync()).ContentFrameAsync())!;
        Assert.Equal("dark", await frame.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Equal(expected, await page.Locator("#embeds pre").CountAsync()); // the code beside each
    }

    // Tall enough to show both embeds at once, so neither waits on scrolling to be loaded or seen.
    private static async Task<IBrowserContext> ReaderContextAsync(IBrowser chromium)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 2400 }, Locale = "en-GB", UserAgent = ReaderUserAgent });
        await context.AddInitScriptAsync(NotWebDriver); // runs in every frame, the embeds included
        return context;
    }
}
