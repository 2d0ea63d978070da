using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.IntegrationTests.Reports;

namespace NkFunctions.BrowserTests.Reports;

/// <summary>
/// The dashboard's countries: the known traffic (A from 203.0.113.10, B from 198.51.100.20, which the tests' country
/// database files under JP and FR) shown in a German-speaking reader's browser, with names from Intl.DisplayNames in
/// that language, a bar chart of the same rows, a country as a filter, and the CSV.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class DashboardCountriesTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_Countries_NamesInTheReadersLanguage_BarChart_FilterAndCsv()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await KnownTraffic.PostAsync(host.Client);
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "de-DE",
            ReducedMotion = ReducedMotion.Reduce,
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var watch = PageWatch.Attach(page);
        var dashboard = new DashboardPage(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "/api/dashboard").ToString());
        await page.WaitForFunctionAsync("() => document.getElementById('article').options.length > 1", null, new() { Timeout = 10_000 });
        await dashboard.EnterKeyByKeyboardAsync(LocalHostServer.FunctionKey);
        await dashboard.WaitForReportAsync();

        // The table: the reader's language, the code beside it; the bot's DE is not a reader.
        Assert.Equal("Countries", await page.Locator("#breakdown-country h3").InnerTextAsync());
        Assert.Equal([["Japan (JP)", "2", "1"], ["Frankreich (FR)", "1", "1"]], await dashboard.RowsAsync("#breakdown-country table"));

        // The chart: Chart.js horizontal bars of the same rows, painted.
        var chart = await dashboard.ChartAsync("country-chart");
        Assert.True(chart.HasChart);
        Assert.Equal("bar", chart.Type);
        Assert.Equal(2, chart.Points);
        Assert.True(chart.Painted > chart.Width * chart.Height / 200, $"only {chart.Painted} painted pixels of {chart.Width}x{chart.Height}");
        Assert.Equal(
            ["Japan (JP)", "Frankreich (FR)", "y", "[2,1]"],
            await page.EvaluateAsync<string[]>(
                "() => { const c = Chart.getChart(document.getElementById('country-chart')); return [...c.data.labels, c.options.indexAxis, JSON.stringify(c.data.datasets[0].data)]; }"));

        // A country filters the whole report to it, by its code.
        await page.Locator("#breakdown-country button.add-filter[data-value=FR]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#summary dd[data-metric=pageviews]').dataset.value === '1'", null, new() { Timeout = 15_000 });
        await dashboard.WaitForReportAsync();
        Assert.Contains("filters=country%3D%3DFR", page.Url, StringComparison.Ordinal);
        Assert.Equal([["Frankreich (FR)", "1", "1"]], await dashboard.RowsAsync("#breakdown-country table"));
        Assert.Equal([["Android", "1", "1"]], await dashboard.RowsAsync("#breakdown-os table"));
        Assert.Equal(1, (await dashboard.ChartAsync("country-chart")).Points);

        // The countries' CSV is the API's: codes, not names, and the filter in the file name.
        await dashboard.CsvButton("breakdown", "country").FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        Assert.StartsWith($"nk-breakdown-country-{KnownTraffic.Article}-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith("-country-is-fr.csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(["value,pageviews,visitors", "FR,1,1"], (await File.ReadAllLinesAsync(await download.PathAsync())).Where(l => l.Length > 0));
        Assert.True(watch.Errors.Count == 0, string.Join("\n", watch.Errors));
    }
}
