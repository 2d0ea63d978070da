using System.Text;
using System.Text.Json;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>Builds beacon bodies (docs/beacons.md) for tests.</summary>
internal static class Beacons
{
    public const string Article = "nk-cells-in-pregnancy";
    public const string ChromeUa = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static string NewPageView() => "pv" + Guid.NewGuid().ToString("N")[..16];

    public static string Body(string pageView, params object[] events) => JsonSerializer.Serialize(new
    {
        article = Article,
        pageview = pageView,
        referrer = "https://www.search.example/results?q=nk+cells&secret=1",
        utm = new { source = "newsletter", medium = "email", campaign = "november" },
        events,
    });

    public static object PageView(string pageView, int n = 0) => new { id = $"{pageView}-{n}", type = "pageview" };

    public static object Section(string pageView, int n, string section) => new { id = $"{pageView}-{n}", type = "section", section };

    public static object Engagement(string pageView, int n, int engagedMs, int scrollDepth) =>
        new { id = $"{pageView}-{n}", type = "engagement", engagedMs, scrollDepth, sections = new Dictionary<string, int> { ["introduction"] = engagedMs } };

    public static HttpRequestMessage Post(string body, string contentType = "text/plain", string path = "/api/events", string userAgent = ChromeUa, string forwardedFor = "203.0.113.57")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType + "; charset=utf-8");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return request;
    }
}
