using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// A small, fully known day of traffic posted to POST /api/events (docs/beacons.md), and the figures the stats API
/// must report for it (the metric definitions of docs/stats-api.md worked by hand). Clients come from the
/// documentation ranges, which the tests' country database (TestCountryDatabase) maps: A from 203.0.113.10 (JP),
/// B from 198.51.100.20 (FR), the bot from 192.0.2.30 (DE), and on the second article C from 2001:db8::40 (NL).
/// <list type="bullet">
/// <item>visitor A (desktop Chrome) reads the article from news.example: 65 s engaged, scrolled 80 %, two sections, a read;</item>
/// <item>visitor A again, inside a partner's page (clinic.example), 5 s, scrolled 20 %: A is one visitor-day with two page views;</item>
/// <item>visitor B (Android phone) from news.example, 3 s, scrolled 10 %: B's only page view, under 10 s, bounces;
/// B's campaign is <c>=cmd</c>, which a spreadsheet would run as a formula;</item>
/// <item>a webdriver-flagged page view: a bot, counted only as such.</item>
/// </list>
/// So: 3 page views, 2 visitors, 1 read (ratio 1/3), median engaged 5 s of {65, 5, 3}, scroll (80 + 20 + 10) / 3,
/// bounce 1 of 2 visitor-days, 1 bot; introduction seen by all 3 (median 5 s of {40, 5, 3}), the second section by
/// one (25 s), the rest by none; by country JP 2 page views (1 visitor), FR 1 (1), the bot's DE nowhere. Shared by the
/// stats API's integration tests and the dashboard's browser tests.
/// </summary>
internal static class KnownTraffic
{
    public const string Article = Beacons.Article;
    public const string Introduction = "introduction";
    public const string SecondSection = "understanding-nk-cells-in-fertility";

    private const string DesktopChrome = Beacons.ChromeUa;
    private const string AndroidPhone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    private const string LinuxFirefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    public static async Task PostAsync(HttpClient client)
    {
        var a1 = Beacons.NewPageView();
        await PostAsync(client, DesktopChrome, "203.0.113.10", new
        {
            article = Article,
            pageview = a1,
            referrer = "https://news.example/stories/nk-cells?utm=x",
            events = new object[]
            {
                new { id = $"{a1}-0", type = "pageview" },
                new { id = $"{a1}-1", type = "section", section = Introduction },
                new { id = $"{a1}-2", type = "section", section = SecondSection },
                new { id = $"{a1}-3", type = "engagement", engagedMs = 65_000, scrollDepth = 80, sections = new Dictionary<string, int> { [Introduction] = 40_000, [SecondSection] = 25_000 } },
                new { id = $"{a1}-4", type = "read", engagedMs = 65_000 },
            },
        });

        var a2 = Beacons.NewPageView();
        await PostAsync(client, DesktopChrome, "203.0.113.10", new
        {
            article = Article,
            pageview = a2,
            partner = "https://clinic.example/blog/nk",
            events = new object[]
            {
                new { id = $"{a2}-0", type = "pageview" },
                new { id = $"{a2}-1", type = "section", section = Introduction },
                new { id = $"{a2}-2", type = "engagement", engagedMs = 5_000, scrollDepth = 20, sections = new Dictionary<string, int> { [Introduction] = 5_000 } },
            },
        });

        var b = Beacons.NewPageView();
        await PostAsync(client, AndroidPhone, "198.51.100.20", new
        {
            article = Article,
            pageview = b,
            referrer = "https://news.example/",
            utm = new { source = "newsletter", campaign = "=cmd" },
            events = new object[]
            {
                new { id = $"{b}-0", type = "pageview" },
                new { id = $"{b}-1", type = "section", section = Introduction },
                new { id = $"{b}-2", type = "engagement", engagedMs = 3_000, scrollDepth = 10, sections = new Dictionary<string, int> { [Introduction] = 3_000 } },
            },
        });

        var bot = Beacons.NewPageView();
        await PostAsync(client, LinuxFirefox, "192.0.2.30", new
        {
            article = Article,
            pageview = bot,
            bot = "webdriver",
            events = new object[] { new { id = $"{bot}-0", type = "pageview" } },
        });
    }

    /// <summary>
    /// A second article for reports over several articles (top articles): written into a content folder with
    /// <see cref="WriteSecondArticle"/>, read by <see cref="PostSecondArticleAsync"/>'s traffic.
    /// </summary>
    public const string SecondArticle = "immune-tolerance-basics";

    public const string SecondTitle = "Immune Tolerance: The Basics";

    /// <summary>Writes <see cref="SecondArticle"/> into a content folder (a copy of the repository's).</summary>
    public static Task WriteSecondArticle(string contentRoot) =>
        File.WriteAllTextAsync(Path.Combine(contentRoot, "articles", SecondArticle + ".md"), $"""
            ---
            title: "{SecondTitle}"
            slug: {SecondArticle}
            author: Test Author
            published: 2026-11-02
            summary: How the immune system learns what to leave alone.
            tags: [immunity]
            ---
            Tolerance is learned.

            ## Central Tolerance

            Cells that react to the body's own proteins are removed early.
            """);

    /// <summary>
    /// The second article's day: visitor A (the same desktop Chrome as above) reads it, 30 s engaged, scrolled 50 %;
    /// visitor C (another desktop, over IPv6) leaves after 12 s at 40 %. So: 2 page views, 2 visitors, 1 read (ratio 0.5),
    /// median engaged 21 s of {30, 12}, scroll 45 %. The first article stays at 3 page views and 2 visitors, so top
    /// articles by page views lists it first and by read ratio, engaged time or scroll depth lists this one first.
    /// Over both articles, by country: JP 3 page views (1 visitor), FR 1 (1), NL 1 (1).
    /// </summary>
    public static async Task PostSecondArticleAsync(HttpClient client)
    {
        var a = Beacons.NewPageView();
        await PostAsync(client, DesktopChrome, "203.0.113.10", new
        {
            article = SecondArticle,
            pageview = a,
            events = new object[]
            {
                new { id = $"{a}-0", type = "pageview" },
                new { id = $"{a}-1", type = "engagement", engagedMs = 30_000, scrollDepth = 50 },
                new { id = $"{a}-2", type = "read", engagedMs = 30_000 },
            },
        });

        var c = Beacons.NewPageView();
        await PostAsync(client, DesktopChrome, "2001:db8::40", new
        {
            article = SecondArticle,
            pageview = c,
            events = new object[]
            {
                new { id = $"{c}-0", type = "pageview" },
                new { id = $"{c}-1", type = "engagement", engagedMs = 12_000, scrollDepth = 40 },
            },
        });
    }

    /// <summary>A real Azurite and the local host over a content folder with both articles, both articles' traffic posted.</summary>
    public static async Task<(AzuriteServer Azurite, LocalHostServer Host)> StartWithBothArticlesAsync()
    {
        var content = RepoPaths.CopyContentToTemp();
        await WriteSecondArticle(content);
        var azurite = await AzuriteServer.StartAsync();
        var host = await LocalHostServer.StartAsync(content, $"--AzureWebJobsStorage={azurite.ConnectionString}");
        await PostAsync(host.Client);
        await PostSecondArticleAsync(host.Client);
        return (azurite, host);
    }

    private static async Task PostAsync(HttpClient client, string userAgent, string forwardedFor, object beacon)
    {
        using var response = await client.SendAsync(Beacons.Post(JsonSerializer.Serialize(beacon), "application/json", userAgent: userAgent, forwardedFor: forwardedFor));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
