using System.Text.Json;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

namespace NkFunctions.BrowserTests.Reports;

/// <summary>
/// The analysts' dashboard in headless Chromium against the real local host, stats API and Azurite: known beacons
/// in, the right figures, charts and CSV out, driven by keyboard, with the key only ever in a header.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    /// <summary>Set to 1 to refresh docs/dashboard.png (the README's picture) from this test run.</summary>
    public const string UpdateScreenshotVariable = "NK_UPDATE_SCREENSHOT";

    [Fact]
    public async Task Dashboard_ShowsTheKnownTraffic_DrawsTheCharts_DownloadsCsv_KeyOnlyInAHeader()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        var sectionCount = await SectionCountAsync(host);
        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);

        await OpenAsync(page, host);
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();

        // The one published article is preselected: its figures, for the default last 30 days.
        Assert.Equal(KnownTraffic.Article, await page.Locator("#article").InputValueAsync());
        Assert.Equal("3", await dashboard.FigureAsync("pageviews"));
        Assert.Equal("2", await dashboard.FigureAsync("visitors"));
        Assert.Equal("1", await dashboard.FigureAsync("reads"));
        Assert.Equal("33.3%", await dashboard.FigureAsync("readRatio"));
        Assert.Equal("5 s", await dashboard.FigureAsync("medianEngagedSeconds"));
        Assert.Equal("36.7%", await dashboard.FigureAsync("avgScrollDepth"));
        Assert.Equal("50%", await dashboard.FigureAsync("bounceRate"));
        Assert.Equal("1", await dashboard.FigureAsync("bots"));
        Assert.Contains("sum of daily visitors", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);

        // Today's row of the time series (the last of 30 days) holds all of it.
        var days = await dashboard.RowsAsync("#timeseries-table");
        Assert.Equal(30, days.Length);
        Assert.Equal([DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "3", "2", "1", "5 s"], days[^1]);
        Assert.All(days[..^1], d => Assert.Equal("0", d[1]));

        // The funnel in article order: everyone saw the introduction, one page view the second section, nobody the rest.
        var sections = await dashboard.RowsAsync("#sections-table");
        Assert.Equal(sectionCount, sections.Length);
        Assert.Equal(["3", "100%", "5 s"], sections[0][1..]);
        Assert.Equal(["1", "33.3%", "25 s"], sections[1][1..]);
        Assert.All(sections[2..], s => Assert.Equal(["0", "0%"], s[1..3]));

        Assert.Equal([["news.example", "2", "2"], ["(none: direct visits)", "1", "1"]], await dashboard.RowsAsync("#breakdown-referrer table"));
        Assert.Equal([["(none: not embedded)", "2", "2"], ["clinic.example", "1", "1"]], await dashboard.RowsAsync("#breakdown-partner table"));
        Assert.Equal([["desktop", "2", "1"], ["mobile", "1", "1"]], await dashboard.RowsAsync("#breakdown-device table"));
        Assert.Equal([["Windows", "2", "1"], ["Android", "1", "1"]], await dashboard.RowsAsync("#breakdown-os table"));

        // Charts: Chart.js owns each canvas, with the data points of the report, and has painted it.
        var expectedPoints = new Dictionary<string, int> { ["timeseries-chart"] = 3 * 30, ["funnel-chart"] = sectionCount, ["engaged-chart"] = sectionCount };
        foreach (var id in DashboardPage.ChartIds)
        {
            var chart = await dashboard.ChartAsync(id);
            Assert.True(chart.HasChart, $"{id}: no Chart.js instance");
            Assert.Equal(expectedPoints[id], chart.Points);
            Assert.True(chart.Painted > chart.Width * chart.Height / 200, $"{id}: only {chart.Painted} painted pixels of {chart.Width}x{chart.Height}");
        }

        await SaveScreenshotAsync(page);

        // CSV by keyboard: focus the referrers' button, press Enter, get the file the API named.
        await dashboard.CsvButton("breakdown", "referrer").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.StartsWith($"nk-breakdown-referrer-{KnownTraffic.Article}-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.Equal(3, csv.Count); // header, news.example, (none)
        Assert.Contains("pageviews", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("news.example,2,2", csv[1], StringComparison.Ordinal);

        // The key went out in the x-functions-key header of every stats request, and in no URL at all.
        var statsRequests = watch.Requests.Where(r => r.Url.Contains("/api/stats/", StringComparison.Ordinal)).ToList();
        Assert.True(statsRequests.Count >= 10, $"{statsRequests.Count} stats requests");
        Assert.All(statsRequests, r => Assert.Equal(LocalHostServer.FunctionKey, r.Headers["x-functions-key"]));
        Assert.All(watch.Requests, r => Assert.DoesNotContain(LocalHostServer.FunctionKey, r.Url, StringComparison.Ordinal));
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_AtPhoneWidth_NoHorizontalScroll_WrongKeyAskedAgain_ForgetKeyForgets()
    {
        const string WrongKey = "not-the-key-7c1d";
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        await using var context = await NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);
        await OpenAsync(page, host);

        // A wrong key: the API's 401 puts the key field back, focused, with a message in the live region.
        await dashboard.EnterKeyByKeyboardAsync(WrongKey);
        await page.WaitForFunctionAsync("() => !document.getElementById('key-form').hidden && document.getElementById('status').dataset.kind === 'error'");
        Assert.Contains("not accepted", await dashboard.Status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await dashboard.IsFocusedAsync("key-input"));

        // The right key, kept for the tab (the checkbox, by keyboard).
        await page.Keyboard.TypeAsync(LocalHostServer.FunctionKey);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'key-remember'"));
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#key-form button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await dashboard.WaitForReportAsync();
        Assert.Equal("3", await dashboard.FigureAsync("pageviews"));
        Assert.Equal(LocalHostServer.FunctionKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('nk-dashboard-key')"));

        // Phone width: everything wraps; nothing scrolls sideways (wide tables scroll inside their own box).
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"page is {widths[0]} px wide in a {widths[1]} px viewport");
        foreach (var id in DashboardPage.ChartIds)
        {
            var chart = await dashboard.ChartAsync(id);
            Assert.True(chart.HasChart && chart.Painted > 0, id);
        }

        // Forget key: gone from memory and storage, figures cleared, the key field back.
        await page.Locator("#forget-key").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await dashboard.IsFocusedAsync("key-input"));
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('nk-dashboard-key')"));
        Assert.Equal("–", await dashboard.FigureAsync("pageviews"));
        Assert.False(await dashboard.ChartAsync("timeseries-chart") is { HasChart: true });

        Assert.All(watch.Requests, r =>
        {
            Assert.DoesNotContain(LocalHostServer.FunctionKey, r.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(WrongKey, r.Url, StringComparison.Ordinal);
        });

        // Chromium logs the one refused request itself ("Failed to load resource: ... 401"); nothing else may appear.
        Assert.True(watch.Errors.Count == 1 && watch.Errors[0].Contains("status of 401", StringComparison.Ordinal), string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_ShowsGoalsAndTheirProps_CountingEvents_WithConversionRate()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        const string Page = "https://site.example/articles/" + KnownTraffic.Article;
        // Two readers (different /24s); the first signs up twice, the second does not: 50 % converted.
        foreach (var (body, client) in new[]
        {
            ($$"""{"n":"pageview","u":"{{Page}}","d":"site.example"}""", "203.0.113.1"),
            ($$$"""{"n":"Signup","u":"{{{Page}}}","d":"site.example","p":{"plan":"pro"}}""", "203.0.113.1"),
            ($$$"""{"n":"Signup","u":"{{{Page}}}","d":"site.example","p":{"plan":"pro"}}""", "203.0.113.1"),
            ($$"""{"n":"pageview","u":"{{Page}}","d":"site.example"}""", "198.51.100.1"),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/event", UriKind.Relative)) { Content = new StringContent(body) };
            request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", client);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        }

        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var dashboard = new DashboardPage(page);
        await OpenAsync(page, host);
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();

        Assert.Equal(["Goal", "Events", "Visitors", "Conversion rate"], await page.Locator("#breakdown-goal thead th").AllInnerTextsAsync());
        Assert.Equal([["Signup", "2", "1", "50%"]], await dashboard.RowsAsync("#breakdown-goal table"));
        Assert.Equal([["Signup | plan=pro", "2", "1", "50%"]], await dashboard.RowsAsync("#breakdown-prop table"));
        Assert.Equal(["Device", "Page views", "Visitors"], await page.Locator("#breakdown-device thead th").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Dashboard_TopArticles_FirstTable_SortsByAnyColumn_OpensAnArticle()
    {
        var content = RepoPaths.CopyContentToTemp();
        await KnownTraffic.WriteSecondArticle(content);
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(content, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        await KnownTraffic.PostSecondArticleAsync(host.Client);
        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);
        await OpenAsync(page, host);
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();

        // Two articles: nothing preselected, and top articles is the first table of the report.
        Assert.Equal(string.Empty, await page.Locator("#article").InputValueAsync());
        Assert.Equal("top-articles", await page.EvaluateAsync<string>("() => document.querySelector('#report table').id"));
        string[] first = ["NK Cells in Pregnancy: Balancing Immunity", "3", "2", "1", "33.3%", "5 s", "36.7%"];
        string[] second = [KnownTraffic.SecondTitle, "2", "2", "1", "50%", "21 s", "45%"];
        Assert.Equal([first, second], await dashboard.RowsAsync("#top-articles"));

        // A header sorts by its column, largest first; again, smallest first.
        await page.Locator("#top-articles th[data-sort=readRatio] button").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#top-articles tbody tr')?.dataset.article === '" + KnownTraffic.SecondArticle + "'");
        Assert.Equal([second, first], await dashboard.RowsAsync("#top-articles"));
        Assert.Equal("descending", await page.Locator("#top-articles th[data-sort=readRatio]").GetAttributeAsync("aria-sort"));
        Assert.Null(await page.Locator("#top-articles th[data-sort=pageviews]").GetAttributeAsync("aria-sort"));
        await page.Locator("#top-articles th[data-sort=readRatio] button").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#top-articles tbody tr')?.dataset.article === '" + KnownTraffic.Article + "'");
        Assert.Equal("ascending", await page.Locator("#top-articles th[data-sort=readRatio]").GetAttributeAsync("aria-sort"));
        Assert.Contains(watch.Requests, r => r.Url.Contains("by=article", StringComparison.Ordinal) && r.Url.Contains("sort=readRatio", StringComparison.Ordinal) && r.Url.Contains("order=asc", StringComparison.Ordinal));

        // Its CSV is the site-wide list in the shown order.
        await dashboard.CsvButton("breakdown", "article").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.StartsWith("nk-breakdown-article-all-", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.Equal(3, csv.Count);
        Assert.StartsWith(KnownTraffic.Article + ",", csv[1], StringComparison.Ordinal);

        // A row opens its article: the picker follows, the report is the article's, the table marks it.
        await page.GetByRole(AriaRole.Button, new() { Name = KnownTraffic.SecondTitle }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '2'", null, new() { Timeout = 15_000 });
        await dashboard.WaitForReportAsync();
        Assert.Equal(KnownTraffic.SecondArticle, await page.Locator("#article").InputValueAsync());
        Assert.Equal("true", await page.Locator($"#top-articles tr[data-article={KnownTraffic.SecondArticle}]").GetAttributeAsync("aria-current"));
        Assert.Equal(2, (await dashboard.RowsAsync("#top-articles")).Length);
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_StateInTheUrl_ComparisonShown_BackButtonRestoresTheView_KeyNeverInTheUrl()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var yesterday = today.AddDays(-1);
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await SyntheticTraffic.WriteAsync(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), SyntheticTraffic.Generate(KnownTraffic.Article, yesterday, yesterday, pageViewsPerDay: 12, seed: 5));
        await KnownTraffic.PostAsync(host.Client);
        var change = (await Stats.JsonAsync(host.Client, $"summary?article={KnownTraffic.Article}&from={Stats.Day(today)}&to={Stats.Day(today)}&compare=previous_period"))
            .GetProperty("change").GetProperty("pageviews").GetDouble();
        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);

        // A shared link: the view is in the query string.
        var view = $"article={KnownTraffic.Article}&from={Stats.Day(today)}&to={Stats.Day(today)}&compare=previous_period&interval=day";
        await page.GotoAsync(new Uri(host.BaseAddress, "/api/dashboard?" + view).ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('article').options.length > 1", null, new() { Timeout = 10_000 });
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();

        Assert.Equal((Stats.Day(today), Stats.Day(today), "previous_period"), (await page.Locator("#from").InputValueAsync(), await page.Locator("#to").InputValueAsync(), await page.Locator("#compare").InputValueAsync()));
        var pageviews = page.Locator("#summary dd[data-metric=pageviews]");
        Assert.Equal("3", await pageviews.GetAttributeAsync("data-value"));
        var shown = await pageviews.Locator(".change").InnerTextAsync();
        Assert.StartsWith(change > 0 ? "↑" : "↓", shown, StringComparison.Ordinal);
        Assert.Contains($"{Math.Abs(change).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}%", shown, StringComparison.Ordinal);
        Assert.EndsWith($"vs {Stats.Day(yesterday)} – {Stats.Day(yesterday)}", shown, StringComparison.Ordinal);
        var chart = await dashboard.ChartAsync("timeseries-chart");
        Assert.Equal(4, chart.Points); // page views, visitors, reads, and the compared period's page views: one day each

        // Another range is a new history entry; back restores the shared view and its report.
        await page.Locator(".presets [data-days='7']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"from={Stats.Day(today.AddDays(-6))}", StringComparison.Ordinal));
        await dashboard.WaitForReportAsync();
        Assert.Contains("compare=previous_period", page.Url, StringComparison.Ordinal);
        await page.GoBackAsync();
        await page.WaitForFunctionAsync($"() => document.getElementById('from').value === '{Stats.Day(today)}' && /{Stats.Day(today)} to {Stats.Day(today)}/.test(document.getElementById('status-text').textContent)", null, new() { Timeout = 15_000 });
        Assert.EndsWith("?" + view, page.Url, StringComparison.Ordinal);

        Assert.All(watch.Requests, r => Assert.DoesNotContain(LocalHostServer.FunctionKey, r.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(LocalHostServer.FunctionKey, page.Url, StringComparison.Ordinal);
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_BreakdownValueAddsAFilterChip_InTheUrlAndCsvName_ChipRemovesIt()
    {
        await using var open = await OpenWithKnownTrafficAsync();
        var (host, page, watch, dashboard) = (open.Host, open.Page, open.Watch, open.Dashboard);
        Assert.False(await page.Locator("#filter-bar").IsVisibleAsync());

        // "mobile" in the devices table filters everything to B's page view.
        await page.Locator("#breakdown-device button.add-filter[data-value=mobile]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '1'", null, new() { Timeout = 15_000 });
        await dashboard.WaitForReportAsync();
        Assert.Equal(["device is mobile ×"], await page.Locator("#filter-chips button.chip").AllInnerTextsAsync());
        Assert.Contains("filters=device%3D%3Dmobile", page.Url, StringComparison.Ordinal);
        Assert.Equal([["mobile", "1", "1"]], await dashboard.RowsAsync("#breakdown-device table"));
        Assert.Equal("100%", await dashboard.FigureAsync("bounceRate"));

        await dashboard.CsvButton("summary").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith("-device-is-mobile.csv", download.SuggestedFilename, StringComparison.Ordinal);

        // The chip removes its filter: the whole traffic again, and no filters in the URL.
        await page.Locator("#filter-chips button.chip").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '3'", null, new() { Timeout = 15_000 });
        Assert.False(await page.Locator("#filter-bar").IsVisibleAsync());
        Assert.DoesNotContain("filters=", page.Url, StringComparison.Ordinal);
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_AddFilterForm_IsNotAndContains_ChipsCombine_EmptyValueExplained()
    {
        await using var open = await OpenWithKnownTrafficAsync();
        var (host, page, watch, dashboard) = (open.Host, open.Page, open.Watch, open.Dashboard);
        await page.Locator("#filter-add summary").ClickAsync();

        // An empty value is refused on the page, with the reason, before any request.
        await page.Locator("#filter-form button[type=submit]").ClickAsync();
        Assert.Equal("Enter a value to filter on.", await page.Locator("#filter-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#filter-value").GetAttributeAsync("aria-invalid"));
        Assert.False(await page.Locator("#filter-bar").IsVisibleAsync());

        // device is not mobile: the two desktop page views of the known traffic.
        await page.Locator("#filter-by").SelectOptionAsync("device");
        await page.Locator("#filter-op").SelectOptionAsync("!=");
        await page.Locator("#filter-value").FillAsync("mobile");
        await page.Locator("#filter-value").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '2'", null, new() { Timeout = 15_000 });
        await dashboard.WaitForReportAsync();
        Assert.False(await page.Locator("#filter-error").IsVisibleAsync());
        Assert.Contains("filters=device%21%3Dmobile", page.Url, StringComparison.Ordinal);
        var expected = await Stats.JsonAsync(host.Client, "summary?filters=" + Uri.EscapeDataString("device!=mobile"));
        Assert.Equal(expected.GetProperty("pageviews").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#summary dd[data-metric=pageviews]").GetAttributeAsync("data-value"));

        // referrer contains "NEWS" (any case) on top: both filters hold, as two chips.
        await page.Locator("#filter-by").SelectOptionAsync("referrer");
        await page.Locator("#filter-op").SelectOptionAsync("~");
        await page.Locator("#filter-value").FillAsync("NEWS");
        await page.Locator("#filter-form button[type=submit]").ClickAsync();
        var both = await Stats.JsonAsync(host.Client, "summary?filters=" + Uri.EscapeDataString("device!=mobile;referrer~NEWS"));
        var bothViews = both.GetProperty("pageviews").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('#filter-chips button.chip').length === 2 && document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '{bothViews}'", null, new() { Timeout = 15_000 });
        Assert.Equal(["device is not mobile ×", "referrer contains NEWS ×"], await page.Locator("#filter-chips button.chip").AllInnerTextsAsync());
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    [Fact]
    public async Task Dashboard_RealtimePanel_ShowsWhoIsReadingNow_PollsEvery15sNotFaster()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        // The page's timers run on a clock the test moves, so the poll interval is checked without waiting for it.
        await page.Clock.InstallAsync();
        await page.AddInitScriptAsync("""
            window.__realtimePolls = [];
            const send = window.fetch;
            window.fetch = function (input, init) {
              if (String(input instanceof Request ? input.url : input).includes('/api/stats/realtime')) window.__realtimePolls.push(Date.now());
              return send.apply(this, arguments);
            };
            """);
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);
        await OpenAsync(page, host);
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('realtime-visitors').dataset.value !== ''", null, new() { Timeout = 15_000 });

        // The known traffic was posted a moment ago: two readers (the bot left out), three page views, both sections.
        Assert.True(await page.Locator("#realtime-panel").IsVisibleAsync());
        Assert.Equal("2", await page.Locator("#realtime-visitors").InnerTextAsync());
        Assert.Equal("3", await page.Locator("#realtime-pageviews").InnerTextAsync());
        Assert.Equal([["NK Cells in Pregnancy: Balancing Immunity", "2"]], await dashboard.RowsAsync("#realtime-articles"));
        var sections = await dashboard.RowsAsync("#realtime-sections");
        Assert.Equal(3, sections.Sum(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)));
        var chart = await dashboard.ChartAsync("realtime-chart");
        Assert.True(chart.HasChart && chart.Type == "bar" && chart.Points == 30, $"{chart.Type} with {chart.Points} points");
        // The panel sits above the report form: the first thing under the key.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.getElementById('realtime-panel').compareDocumentPosition(document.getElementById('filters-panel')) & Node.DOCUMENT_POSITION_FOLLOWING)"));

        // A new reader arrives; the API's 5 s cache runs out in real time, the page's 15 s poll on the moved clock.
        var pv = Beacons.NewPageView();
        using (var post = await host.Client.SendAsync(Beacons.Post(
            Beacons.Body(pv, Beacons.PageView(pv)), forwardedFor: "198.51.100.77")))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, post.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(5.5));
        await page.Clock.RunForAsync(16_000);
        await page.WaitForFunctionAsync("() => document.getElementById('realtime-visitors').dataset.value === '3'", null, new() { Timeout = 15_000 });
        await page.Clock.RunForAsync(31_000);

        // Every poll on the page's clock: never closer than 10 s apart (15 s by design).
        var polls = await page.EvaluateAsync<double[]>("() => window.__realtimePolls");
        Assert.True(polls.Length >= 3, $"{polls.Length} polls");
        var gaps = polls.Zip(polls.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, 10_000, 20_000));

        // The panel's figures as CSV, named by the minute, the three readers in it.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#realtime-panel button.csv").ClickAsync());
        Assert.Matches(@"^nk-realtime-(all|[a-z0-9-]+)-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal("kind,minute,article,sectionId,title,count", csv[0]);
        Assert.Equal(3, long.Parse(csv.Single(l => l.StartsWith("visitors,", StringComparison.Ordinal)).Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture));

        // Forgetting the key hides the panel and stops polling.
        await page.Locator("#forget-key").ClickAsync();
        Assert.False(await page.Locator("#realtime-panel").IsVisibleAsync());
        var afterForget = RealtimeRequests(watch);
        await page.Clock.RunForAsync(60_000);
        Assert.Equal(afterForget, RealtimeRequests(watch));
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }

    private static int RealtimeRequests(PageWatch watch) =>
        watch.Requests.Count(r => r.Url.Contains("/api/stats/realtime", StringComparison.Ordinal));

    // Azurite, a host holding the known traffic, and the dashboard open in Chromium with the key entered and the
    // report shown: where a test starts when it is about what the analyst does next.
    private async Task<OpenDashboard> OpenWithKnownTrafficAsync()
    {
        var azurite = await AzuriteServer.StartAsync();
        var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var open = new OpenDashboard(azurite, host, context, page, PageWatch.Attach(page), new DashboardPage(page));
        try
        {
            await OpenAsync(page, host);
            await open.Dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
            await open.Dashboard.WaitForReportAsync();
            return open;
        }
        catch
        {
            await open.DisposeAsync(); // no Azurite or host left running after a failed start
            throw;
        }
    }

    private sealed record OpenDashboard(AzuriteServer Azurite, LocalHostServer Host, IBrowserContext Context, IPage Page, PageWatch Watch, DashboardPage Dashboard) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await Host.DisposeAsync();
            await Azurite.DisposeAsync();
        }
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            Locale = "en-GB",
            ReducedMotion = ReducedMotion.Reduce, // charts draw at once: no animation frames to wait for
            AcceptDownloads = true,
        });

    // The funnel lists every section of the article, seen or not: as many as the content API says it has.
    private static async Task<int> SectionCountAsync(LocalHostServer host)
    {
        using var article = JsonDocument.Parse(await host.Client.GetStringAsync(new Uri($"/api/articles/{KnownTraffic.Article}", UriKind.Relative)));
        return article.RootElement.GetProperty("sections").GetArrayLength();
    }

    private static async Task OpenAsync(IPage page, LocalHostServer host)
    {
        await page.GotoAsync(new Uri(host.BaseAddress, "/api/dashboard").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('article').options.length > 1", null, new() { Timeout = 10_000 });
    }

    // The README's picture. Written to the test output always, into docs/ only on request: dates and timings change
    // with every run, and a test run should not leave the working tree dirty.
    private static async Task SaveScreenshotAsync(IPage page)
    {
        var output = Path.Combine(AppContext.BaseDirectory, "dashboard.png");
        await page.ScreenshotAsync(new() { Path = output, FullPage = true });
        var docs = Path.Combine(RepoPaths.Root, "docs", "dashboard.png");
        if (Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1" || !File.Exists(docs))
        {
            File.Copy(output, docs, overwrite: true);
        }
    }
}
