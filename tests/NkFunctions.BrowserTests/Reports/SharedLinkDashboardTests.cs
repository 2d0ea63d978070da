using Azure.Data.Tables;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

namespace NkFunctions.BrowserTests.Reports;

/// <summary>
/// A shared link opened in headless Chromium against the real local host and Azurite, two articles with known traffic:
/// the article link's numbers without any key, nothing of the other article, the token in no URL a server sees, and
/// not stored in clear.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SharedLinkDashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task ArticleLink_ShowsItsArticleWithoutAKey_NeverTheOther_ThenRevoked()
    {
        var content = RepoPaths.CopyContentToTemp();
        await KnownTraffic.WriteSecondArticle(content);
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(content, $"--AzureWebJobsStorage={azurite.ConnectionString}", "--SharedLinks:CacheSeconds=1");
        await KnownTraffic.PostAsync(host.Client);
        await KnownTraffic.PostSecondArticleAsync(host.Client);
        var link = await SharedLinks.MintAsync(host.Client, "Dr Dost, author", KnownTraffic.Article);
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "en-GB",
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);

        // The URL as minted, with another article asked for in the query: the link's article is shown all the same.
        var url = link.DashboardUrl.Replace("/api/dashboard#", "/api/dashboard?article=" + KnownTraffic.SecondArticle + "#", StringComparison.Ordinal);
        await page.GotoAsync(url);
        await dashboard.WaitForReportAsync();

        Assert.False(await page.Locator("#key-panel").IsVisibleAsync());
        Assert.Equal("Shared view: Dr Dost, author (read-only; NK Cells in Pregnancy: Balancing Immunity only)", await page.Locator("#shared-banner").InnerTextAsync());
        Assert.False(await page.Locator("#article").IsVisibleAsync());
        Assert.False(await page.Locator("#top-articles-panel").IsVisibleAsync());
        Assert.Equal("3", await dashboard.FigureAsync("pageviews"));
        Assert.Equal("2", await dashboard.FigureAsync("visitors"));
        Assert.Equal("1", await dashboard.FigureAsync("reads"));
        Assert.Equal([["news.example", "2", "2"], ["(none: direct visits)", "1", "1"]], await dashboard.RowsAsync("#breakdown-referrer table"));
        Assert.DoesNotContain(KnownTraffic.SecondTitle, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The page itself cannot read the other article with the token: the API refuses it.
        var status = await page.EvaluateAsync<int>(
            "async ([token, slug]) => (await fetch(`/api/shared/stats/summary?article=${slug}`, { headers: { Authorization: `Bearer ${token}` } })).status",
            new[] { link.Token, KnownTraffic.SecondArticle });
        Assert.Equal(403, status);

        // Every report went to the shared endpoints with the token in the Authorization header; no URL carried it.
        var api = watch.Requests.Where(r => r.Url.Contains("/api/s", StringComparison.Ordinal) && !r.Url.Contains("/api/search", StringComparison.Ordinal)).ToList();
        Assert.True(api.Count >= 10, $"{api.Count} report requests");
        Assert.All(api, r => Assert.Contains("/api/shared/", r.Url, StringComparison.Ordinal));
        Assert.All(api, r => Assert.Equal("Bearer " + link.Token, r.Headers["authorization"]));
        Assert.All(watch.Requests, r => Assert.DoesNotContain(link.Token[(link.Id.Length + 1)..], r.Url, StringComparison.Ordinal));

        // The tables (events, rollups, links) hold neither the token nor its secret.
        await StoredEvents.AssertNothingPersonalAsync(new TableServiceClient(azurite.ConnectionString), [link.Token, link.Token[(link.Id.Length + 1)..]]);

        // Revoked: after the cache bound, the page says the link no longer works and shows no figures.
        using (var revoke = await SharedLinks.ManageAsync(host.Client, HttpMethod.Delete, "links/" + link.Id))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, revoke.StatusCode);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.kind === 'error'", null, new() { Timeout = 10_000 });
        Assert.Contains("revoked", await dashboard.Status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("–", await dashboard.FigureAsync("pageviews"));
        // The console notes the two refusals this test asked for (the other article's 403, the revoked link's 401), nothing else.
        var unexpected = watch.Errors.Where(e => !e.Contains("status of 403 (Forbidden) (" + host.BaseAddress.ToString().TrimEnd('/') + "/api/shared/stats/summary?article=" + KnownTraffic.SecondArticle, StringComparison.Ordinal)
            && !e.Contains("status of 401 (Unauthorized) (" + host.BaseAddress.ToString().TrimEnd('/') + "/api/shared/link", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }
}
