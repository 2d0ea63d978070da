using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.Playwright;
using NkFunctions.BrowserTests.Infrastructure;

namespace NkFunctions.BrowserTests.Site;

/// <summary>
/// The sample site (samples/site), built by Eleventy against the local host, in Chromium: pagination and tag pages
/// list exactly the API's articles, article pages show every section with their head links, tracker and embed code,
/// the tracker's beacons land in Azurite, every link resolves, images load, and the search box answers.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SampleSiteTests(BrowserFixture browser, SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string ArticleSlug = "site-article-03";

    [Fact]
    public async Task IndexPages_FollowedByTheirNextLinks_ListEveryArticleOnceNewestFirst()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Origin + "/");

        var listed = await ListThroughPagesAsync(page);

        Assert.Equal(SampleSiteFixture.AllSlugs.Select(ArticlePath), listed.Paths);
        var expectedPages = (SampleSiteFixture.AllSlugs.Count + SampleSiteFixture.PageSize - 1) / SampleSiteFixture.PageSize;
        Assert.Equal(expectedPages, listed.Pages);
        Assert.Equal($"Page {expectedPages} of {expectedPages}", await page.Locator(".pagination span").TextContentAsync());

        // And back: the last page's prev link leads to the page before it.
        await page.Locator("a[rel=prev]").ClickAsync();
        await page.WaitForURLAsync($"**/page/{expectedPages - 1}/");
        Assert.Equal($"Page {expectedPages - 1} of {expectedPages}", await page.Locator(".pagination span").TextContentAsync());
    }

    [Fact]
    public async Task TagPage_ReachedFromTheTagList_ListsExactlyTheTaggedArticles()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Origin + "/tags/");

        await page.GetByRole(AriaRole.Link, new() { Name = SampleSiteFixture.TagName, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/tags/{SampleSiteFixture.TagSlug}/");
        Assert.Equal($"Tag: {SampleSiteFixture.TagName}", await page.Locator("h1").TextContentAsync());
        var listed = await ListThroughPagesAsync(page);

        Assert.Equal(SampleSiteFixture.TaggedSlugs.Select(ArticlePath), listed.Paths);
        Assert.True(listed.Pages > 1, "the tag has more articles than a page holds, so its pages paginate");
    }

    [Fact]
    public async Task ArticlePage_ShowsEverySectionWithTrackerEmbedCodeAndHead_AndItsBeaconLandsInAzurite()
    {
        using var article = JsonDocument.Parse(await site.Host.Client.GetStringAsync($"/api/articles/{ArticleSlug}"));
        var api = article.RootElement;
        var sectionIds = api.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray();
        var marker = "site" + Guid.NewGuid().ToString("N")[..10];
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // The article's pagePath, as the API's feeds and sitemap link to it (the host redirects it to the folder).
        await page.GotoAsync($"{site.Origin}/articles/{ArticleSlug}?utm_source={marker}");

        Assert.Equal($"{site.Origin}/articles/{ArticleSlug}/?utm_source={marker}", page.Url);
        Assert.Equal(sectionIds, await page.Locator("section[data-section]").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.section)"));
        Assert.Equal(["First Part", "Second Part"], await page.Locator("section[data-section] h2").AllTextContentsAsync());
        Assert.Equal(api.GetProperty("title").GetString(), await page.Locator("h1").TextContentAsync());
        var tracker = page.Locator($"script[src='{ApiOrigin}/api/nk.js']");
        Assert.Equal(ArticleSlug, await tracker.GetAttributeAsync("data-article"));
        var embedCodes = await page.Locator("details.embed textarea").EvaluateAllAsync<string[]>("t => t.map(e => e.value)");
        Assert.Equal(sectionIds.Length + 1, embedCodes.Length);
        Assert.All(embedCodes, code => Assert.Contains("class=\"nk-embed\"", code, StringComparison.Ordinal));
        Assert.Contains(api.GetProperty("embed").GetProperty("code").GetString()!, embedCodes);

        // Social tags: the API's own when it gives them, else the title.
        var og = api.TryGetProperty("seo", out var seo) && seo.ValueKind == JsonValueKind.Object
            && seo.TryGetProperty("openGraph", out var given) && given.ValueKind == JsonValueKind.Object ? given : (JsonElement?)null;
        var ogTitle = og is not { } o ? api.GetProperty("title").GetString()
            : o.TryGetProperty("title", out var t) || o.TryGetProperty("og:title", out t) ? t.GetString() : null;
        if (ogTitle is not null)
        {
            Assert.Equal(ogTitle, await page.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        }

        await AssertJsonLdAsync(page, api);

        await page.GotoAsync("about:blank"); // leaving flushes the tracker's queue (pagehide)
        var tables = new TableServiceClient(site.Azurite.ConnectionString);
        var pageview = await Eventually.GetAsync(
            async () => (await StoredEvents.ReadAllAsync(tables.GetTableClient("events"))).FirstOrDefault(e =>
                e.GetString("Article") == ArticleSlug && e.GetString("UtmSource") == marker && e.GetString("Type") == "pageview"),
            TimeSpan.FromSeconds(20),
            () => $"the page view of {ArticleSlug} (utm_source {marker}) in table 'events'");
        Assert.Equal(ArticleSlug, pageview.GetString("Article"));
    }

    [Fact]
    public async Task HeadLinks_FeedsAndSitemap_AreOnEveryPageAndServed_AndTheSitemapsPagesAreTheSites()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        using var client = new HttpClient();

        foreach (var path in new[] { "/", "/tags/", $"/tags/{SampleSiteFixture.TagSlug}/", ArticlePath(ArticleSlug) })
        {
            await page.GotoAsync(site.Origin + path);
            foreach (var type in new[] { "application/rss+xml", "application/atom+xml", "application/feed+json" })
            {
                var href = await page.Locator($"head link[rel=alternate][type='{type}']").GetAttributeAsync("href");
                using var feed = await client.GetAsync(new Uri(href!));
                Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
                Assert.Equal(type, feed.Content.Headers.ContentType?.MediaType);
            }

            Assert.Equal($"{ApiOrigin}/api/sitemap.xml", await page.Locator("head link[rel=sitemap]").GetAttributeAsync("href"));
        }

        // The API links its sitemap to the site (Embeds:SiteUrl): every URL in it is a page the site serves.
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri($"{ApiOrigin}/api/sitemap.xml")));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Equal(SampleSiteFixture.AllSlugs.Count, locations.Count);
        foreach (var location in locations)
        {
            Assert.StartsWith(site.Origin + "/articles/", location, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(location));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryPage_ReachedFromTheHomePage_HasOnlyLinksThatResolve_AndImagesThatLoad()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var crawl = await SiteCrawl.RunAsync(page, site.Origin);

        // Every article page, every index page, the tag pages and the search page were reached by links alone.
        Assert.All(SampleSiteFixture.AllSlugs, slug => Assert.Contains(site.Origin + ArticlePath(slug), crawl.Pages));
        Assert.Contains($"{site.Origin}/tags/{SampleSiteFixture.TagSlug}/page/2/", crawl.Pages);
        Assert.Contains($"{site.Origin}/search/", crawl.Pages);
        Assert.Empty(crawl.Broken);
        Assert.Empty(crawl.MissingFragments);
        Assert.Empty(crawl.BrokenImages);
        Assert.NotEmpty(crawl.ApiLinks); // feeds and the sitemap in every footer, fetched too
    }

    [Fact]
    public async Task IllustratedArticle_CoverAndBodyImage_LoadFromTheApi_WithTheirBoxesReserved()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.Origin}/articles/{SampleSiteFixture.IllustratedSlug}/");

        var images = await page.EvaluateAsync<ImageState[]>(
            """
            async () => {
              const imgs = [...document.querySelectorAll('img.cover, section[data-section] img')];
              for (const img of imgs) { img.loading = 'eager'; }
              await Promise.all(imgs.map(img => img.decode().catch(() => null)));
              return imgs.map(img => ({ src: img.currentSrc || img.src, alt: img.alt, naturalWidth: img.naturalWidth,
                width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')), srcset: img.getAttribute('srcset') || '' }));
            }
            """);

        Assert.Equal(["A generated cover", "A generated diagram"], images.Select(i => i.Alt));
        Assert.All(images, i =>
        {
            Assert.StartsWith(ApiOrigin + "/api/images/", i.Src, StringComparison.Ordinal);
            Assert.True(i.NaturalWidth > 0, $"{i.Src} did not load");
            Assert.Contains(ApiOrigin + "/api/images/", i.Srcset, StringComparison.Ordinal);
        });
        Assert.Equal((1600, 900), (images[0].Width, images[0].Height));
        Assert.Equal((1000, 600), (images[1].Width, images[1].Height));

        // The social card is the cover's original, absolute, as the API's seo.openGraph gives it.
        Assert.Equal(await page.Locator("img.cover").GetAttributeAsync("src"), await page.Locator("meta[property='og:image']").GetAttributeAsync("content"));
    }

    [Fact]
    public async Task SearchBox_SubmittedFromTheHomePage_ShowsTheApisResults()
    {
        using var probe = await site.Host.Client.GetAsync("/api/search?q=fertility&limit=20");
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Origin + "/");

        await page.Locator("#search-q").FillAsync("fertility");
        await page.Locator("#search-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=fertility");
        var status = page.Locator("#search-status[data-state]");
        await status.WaitForAsync(new() { Timeout = 10_000 });

        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        using var answer = JsonDocument.Parse(await probe.Content.ReadAsStringAsync());
        var expected = answer.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => site.Origin + r.GetProperty("pagePath").GetString()!.TrimEnd('/') + "/").ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal("done", await status.GetAttributeAsync("data-state"));
        var shown = await page.Locator(".search-result > a").EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        Assert.Equal(expected, shown);
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0, "the snippets highlight the matches");
        await page.Locator(".search-result > a").First.ClickAsync();
        await page.WaitForURLAsync(expected[0]);
        Assert.True(await page.Locator("section[data-section]").CountAsync() > 0);
    }

    [Fact]
    public async Task SearchPage_WhileTheIndexBuilds_WaitsForRetryAfter_ThenShowsTheApisResults()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var calls = 0;
        await page.RouteAsync(ApiOrigin + "/api/search?**", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                await route.FulfillAsync(IndexBuilding(route.Request.Headers.GetValueOrDefault("origin")));
            else
                await route.ContinueAsync();
        });

        await page.GotoAsync(site.Origin + "/search/?q=fertility");
        var status = page.Locator("#search-status");
        await page.Locator("#search-status[data-state=waiting]").WaitForAsync(new() { Timeout = 10_000 });
        var waiting = await status.TextContentAsync();
        await page.Locator("#search-status[data-state=done]").WaitForAsync(new() { Timeout = 10_000 });

        Assert.Contains("being built", waiting);
        Assert.Contains("1 s", waiting);
        Assert.Equal(2, calls);
        Assert.True(await page.Locator(".search-result").CountAsync() > 0, "the real results render after the retry");
    }

    [Fact]
    public async Task SearchPage_WhenTheIndexNeverBecomesReady_GivesUpAfterBoundedRetries_WithTheProblemsDetail()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var calls = 0;
        await page.RouteAsync(ApiOrigin + "/api/search?**", async route =>
        {
            Interlocked.Increment(ref calls);
            await route.FulfillAsync(IndexBuilding(route.Request.Headers.GetValueOrDefault("origin")));
        });

        await page.GotoAsync(site.Origin + "/search/?q=fertility");
        var status = page.Locator("#search-status[data-state=error]");
        await status.WaitForAsync(new() { Timeout = 15_000 });

        Assert.Equal("Search failed: " + IndexBuildingDetail, await status.TextContentAsync());
        Assert.Equal(4, calls);
        Assert.Equal(0, await page.Locator(".search-result").CountAsync());
    }

    private const string IndexBuildingDetail = "The search index is still being built.";

    // The API's 503 while its index builds (docs/site-api.md), with the CORS headers the real API sends so the page
    // may read Retry-After cross-origin.
    private static RouteFulfillOptions IndexBuilding(string? origin) => new()
    {
        Status = 503,
        ContentType = "application/problem+json",
        Headers = new Dictionary<string, string>
        {
            ["Retry-After"] = "1",
            ["Access-Control-Allow-Origin"] = origin ?? "*",
            ["Access-Control-Expose-Headers"] = "ETag, Content-Length, Retry-After, Location, Link",
        },
        Body = JsonSerializer.Serialize(new { type = "about:blank", title = "Service Unavailable", status = 503, detail = IndexBuildingDetail, code = "search-index-building" }),
    };

    /// <summary>What the page says of one img (settable properties: Playwright fills them by name).</summary>
    public sealed class ImageState
    {
        public string Src { get; set; } = string.Empty;

        public string Alt { get; set; } = string.Empty;

        public int NaturalWidth { get; set; }

        public int Width { get; set; }

        public int Height { get; set; }

        public string Srcset { get; set; } = string.Empty;
    }

    private string ApiOrigin => site.Host.BaseAddress.GetLeftPart(UriPartial.Authority);

    private static string ArticlePath(string slug) => $"/articles/{slug}/";

    // The article links of this listing page and of each page after it, clicking "next" until there is none.
    private static async Task<(List<string> Paths, int Pages)> ListThroughPagesAsync(IPage page)
    {
        var paths = new List<string>();
        for (var pages = 1; ; pages++)
        {
            paths.AddRange(await page.Locator(".article-summary h2 a").EvaluateAllAsync<string[]>("as => as.map(a => a.pathname)"));
            var next = page.Locator("a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                return (paths, pages);
            }

            var href = await next.GetAttributeAsync("href");
            await next.ClickAsync();
            await page.WaitForURLAsync("**" + href);
        }
    }

    // The page carries one JSON-LD script, parsing to the API's jsonLd.
    private static async Task AssertJsonLdAsync(IPage page, JsonElement api)
    {
        var scripts = await page.Locator("script[type='application/ld+json']").AllTextContentsAsync();
        var jsonLd = api.GetProperty("jsonLd");
        Assert.Equal(JsonValueKind.Object, jsonLd.ValueKind);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(jsonLd.GetRawText()), JsonNode.Parse(Assert.Single(scripts))),
            "the page's JSON-LD is the API's");
    }
}
