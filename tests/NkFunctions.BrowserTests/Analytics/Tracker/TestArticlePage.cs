using System.Text.Json;
using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Analytics.Tracker;

/// <summary>
/// A plain HTML page on the local host's origin holding the seed article as the content API renders it (one
/// <c>&lt;section data-section&gt;</c> per section) and the tracker tag. The page itself is fulfilled by the browser's
/// router; the tracker script comes from the real <c>GET /api/nk.js</c>.
/// </summary>
internal sealed class TestArticlePage
{
    public const string Slug = "nk-cells-in-pregnancy";

    /// <summary>The page's path; the query carries utm values and one value that must never leave the browser.</summary>
    public const string PathAndQuery = "/test/article.html?utm_source=newsletter&utm_medium=email&utm_campaign=november&token=q7Zx9private";

    private TestArticlePage(string html, IReadOnlyList<string> sectionIds)
    {
        Html = html;
        SectionIds = sectionIds;
    }

    public string Html { get; }

    /// <summary>The article's section ids in article order.</summary>
    public IReadOnlyList<string> SectionIds { get; }

    /// <summary>
    /// A page of <paramref name="count"/> sections a few pixels tall, all in view at once: every one is seen after a
    /// second, more events than one beacon may carry. Its section ids are made up: only for intercepted beacons.
    /// </summary>
    public static TestArticlePage ManySmallSections(int count)
    {
        var ids = Enumerable.Range(1, count).Select(i => $"s{i}").ToList();
        var sections = string.Concat(ids.Select(id => $"<section data-section=\"{id}\" style=\"height: 8px\"></section>"));
        return new TestArticlePage(Page(sections, "4"), ids);
    }

    /// <summary>Builds the page from the API; <paramref name="readingMinutes"/> goes on the script tag (small, so a test can reach a read).</summary>
    public static async Task<TestArticlePage> LoadAsync(HttpClient api, string readingMinutes)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri($"/api/articles/{Slug}", UriKind.Relative)));
        var ids = json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/articles/{Slug}", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var fragment = await response.Content.ReadAsStringAsync();

        return new TestArticlePage(Page(fragment, readingMinutes), ids);
    }

    /// <summary>Serves the page at <see cref="PathAndQuery"/> on <paramref name="origin"/> in this page's router (frames included).</summary>
    public Task RouteAsync(IPage page, Uri origin) =>
        page.RouteAsync(new Uri(origin, "/test/article.html").ToString() + "*", route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = Html }));

    private static string Page(string body, string readingMinutes) => $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Tracker test page</title>
              <style>body { font: 18px/1.6 sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }</style>
            </head>
            <body>
            {{body}}
            <script defer src="/api/nk.js" data-article="{{Slug}}" data-reading-minutes="{{readingMinutes}}"></script>
            </body>
            </html>
            """;
}
