using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Reports;

/// <summary>The dashboard as a test drives and reads it: by keyboard, by label, by what is shown.</summary>
internal sealed class DashboardPage(IPage page)
{
    public static readonly string[] ChartIds = ["timeseries-chart", "funnel-chart", "engaged-chart"];

    public IPage Page => page;

    public ILocator Status => page.Locator("#status-text");

    /// <summary>Tabs from the top of the page to the key field (skip link first), types the key and presses Enter.</summary>
    public async Task EnterKeyByKeyboardAsync(string key)
    {
        for (var i = 0; i < 5 && !await IsFocusedAsync("key-input"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await IsFocusedAsync("key-input"), "Tab never reached the key field.");
        await page.Keyboard.TypeAsync(key);
        await page.Keyboard.PressAsync("Enter");
    }

    public Task<bool> IsFocusedAsync(string id) => page.EvaluateAsync<bool>("id => document.activeElement?.id === id", id);

    /// <summary>Waits until the status says a report is shown (or fails with whatever it says instead).</summary>
    public async Task WaitForReportAsync()
    {
        await page.WaitForFunctionAsync(
            "() => /^Showing /.test(document.getElementById('status-text').textContent) && document.getElementById('report').getAttribute('aria-busy') === 'false'",
            null,
            new() { Timeout = 15_000 });
    }

    /// <summary>The headline figure shown for a metric, as the analyst reads it.</summary>
    public Task<string> FigureAsync(string metric) => page.Locator($"#summary dd[data-metric=\"{metric}\"]").InnerTextAsync();

    /// <summary>The rows of a table body, cell texts in order.</summary>
    public Task<string[][]> RowsAsync(string tableSelector) =>
        page.EvaluateAsync<string[][]>(
            "s => [...document.querySelector(s).tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent.trim()))",
            tableSelector);

    /// <summary>
    /// For a chart canvas: whether Chart.js owns it, how many data points it draws, and how many of its pixels are
    /// painted (not fully transparent): a blank canvas has none.
    /// </summary>
    public Task<ChartState> ChartAsync(string canvasId) =>
        page.EvaluateAsync<ChartState>(
            """
            id => {
              const canvas = document.getElementById(id);
              const chart = Chart.getChart(canvas);
              const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) {
                if (data[i] !== 0) painted++;
              }
              return { hasChart: chart !== undefined, points: chart ? chart.data.datasets.reduce((n, d) => n + d.data.length, 0) : 0,
                       type: chart ? chart.config.type : '', painted, width: canvas.width, height: canvas.height };
            }
            """,
            canvasId);

    /// <summary>The CSV download button of a panel or breakdown table, found by the report (and dimension) it downloads.</summary>
    public ILocator CsvButton(string report, string? by = null) =>
        page.Locator(by is null ? $"button.csv[data-report=\"{report}\"]" : $"button.csv[data-report=\"{report}\"][data-by=\"{by}\"]");

    /// <summary>What <see cref="ChartAsync"/> found (settable properties: Playwright fills them by name).</summary>
    public sealed class ChartState
    {
        public bool HasChart { get; set; }

        public int Points { get; set; }

        public string Type { get; set; } = string.Empty;

        public int Painted { get; set; }

        public int Width { get; set; }

        public int Height { get; set; }
    }
}
