using System.Globalization;
using Azure.Data.Tables;
using NkFunctions.BrowserTests.Infrastructure;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.BrowserTests.Reader;

/// <summary>
/// The whole path: the demo reader renders the article from the API, nk.js measures a reader going through it, the
/// beacons reach POST /api/events, and the events land in Table Storage (Azurite) without personal data.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReaderEndToEndTests(BrowserFixture browser)
{
    private const string Slug = "nk-cells-in-pregnancy";
    private const string PrivateQueryValue = "q7Zx9private";

    private static readonly string[] SectionIds =
    [
        "introduction",
        "understanding-nk-cells-in-fertility",
        "how-nk-cells-influence-fertility",
        "exploring-treatments-and-support-for-nk-cell-imbalance",
        "the-science-behind-nk-cells-and-pregnancy-success",
        "moving-forward-with-confidence-and-care",
    ];

    [Fact]
    public async Task ReadingThroughTheReader_StoresTheReadingInTableStorageWithoutPersonalData()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = await LocalHostServer.StartAsync(
            null,
            $"--AzureWebJobsStorage={azurite.ConnectionString}",
            $"--Reader:Root={Path.Combine(RepoPaths.Root, "samples", "reader")}"); // the local host serves the reader at /reader/
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var beaconStatuses = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Url.Contains("/api/events", StringComparison.Ordinal))
            {
                lock (beaconStatuses)
                {
                    beaconStatuses.Add(r.Status.ToString(CultureInfo.InvariantCulture));
                }
            }
        };

        var url = new Uri(host.BaseAddress, $"/reader/?article={Slug}&utm_source=newsletter&token={PrivateQueryValue}").ToString();
        await page.GotoAsync(url);
        await page.Locator("section[data-section]").Nth(SectionIds.Length - 1).WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(SectionIds, await page.Locator("section[data-section]").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.section)"));
        var userAgent = await page.EvaluateAsync<string>("navigator.userAgent");

        await Reading.ReadThroughAsync(page, SectionIds, TimeSpan.FromSeconds(1.2));
        await page.GotoAsync("about:blank"); // leaving the page flushes the rest (pagehide, visibilitychange)

        var tables = new TableServiceClient(azurite.ConnectionString);
        var events = await Eventually.GetAsync(
            async () =>
            {
                var all = await StoredEvents.ReadAllAsync(tables.GetTableClient("events"));
                var complete = all.Any(e => Is(e, "pageview"))
                    && all.Count(e => Is(e, "section")) >= SectionIds.Length
                    && all.Any(e => Is(e, "engagement") && StoredEvents.Number(e, "EngagedMs") > 0);
                return complete ? all : null;
            },
            TimeSpan.FromSeconds(20),
            () => $"pageview, {SectionIds.Length} sections and an engagement in table 'events' (beacon responses seen: {string.Join(", ", beaconStatuses)})");

        // One page view, seen whole, in article order.
        Assert.Single(events.Select(e => e.GetString("PageView")).Distinct(StringComparer.Ordinal));
        Assert.Single(events, e => Is(e, "pageview"));
        var sectionsInOrder = events.Where(e => Is(e, "section"))
            .OrderBy(OccurredAt)
            .ThenBy(e => Counter(e.GetString("EventId")))
            .Select(e => e.GetString("Section"));
        Assert.Equal(SectionIds, sectionsInOrder);
        var engagement = events.Where(e => Is(e, "engagement")).MaxBy(e => StoredEvents.Number(e, "EngagedMs"))!;
        Assert.True(StoredEvents.Number(engagement, "EngagedMs") > 0);
        Assert.True(events.Where(e => Is(e, "engagement")).Max(e => StoredEvents.Number(e, "ScrollDepth")) >= 90);
        Assert.Equal("newsletter", events.Single(e => Is(e, "pageview")).GetString("UtmSource"));

        // Nothing personal anywhere in storage: no IP, no user agent, no page URL or its other query values.
        string[] forbidden = ["127.0.0.1", "HeadlessChrome", "Mozilla", userAgent, PrivateQueryValue, "token=", url];
        await StoredEvents.AssertNothingPersonalAsync(tables, forbidden);
    }

    private static bool Is(TableEntity e, string type) => string.Equals(e.GetString("Type"), type, StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset OccurredAt(TableEntity e) => e.TryGetValue("OccurredAt", out var value) ? value switch
    {
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(d),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => DateTimeOffset.MinValue,
    } : DateTimeOffset.MinValue;

    // Event ids are <pageview>-<n>, n counting up in the order the tracker made them: the tie-break within one beacon.
    private static int Counter(string? eventId) =>
        int.TryParse(eventId?[(eventId.LastIndexOf('-') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
