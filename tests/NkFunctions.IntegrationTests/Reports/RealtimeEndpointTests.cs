using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>GET /api/stats/realtime over the known traffic, just posted, through the local host and a real Azurite.</summary>
public sealed class RealtimeEndpointTests : IAsyncLifetime
{
    private BeaconHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BeaconHost.StartAsync();
        await KnownTraffic.PostAsync(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("realtime")]
    [InlineData("realtime?article=" + Beacons.Article)]
    public async Task KnownTraffic_VisitorsPageviewsArticlesAndSections_BotLeftOut(string pathAndQuery)
    {
        var report = await Stats.JsonAsync(_host.Client, pathAndQuery);

        Assert.Equal(2, report.GetProperty("visitors").GetInt64());
        var minutes = report.GetProperty("pageviewsPerMinute").EnumerateArray().ToList();
        Assert.Equal(30, minutes.Count);
        Assert.Equal(3, minutes.Sum(m => m.GetProperty("pageviews").GetInt64()));
        var articles = report.GetProperty("topArticles").EnumerateArray().ToList();
        Assert.Equal(Beacons.Article, Assert.Single(articles).GetProperty("article").GetString());
        Assert.Equal(2, articles[0].GetProperty("visitors").GetInt64());
        Assert.Equal("NK Cells in Pregnancy: Balancing Immunity", articles[0].GetProperty("title").GetString());

        // Three page views reached a section; A's first reached two in one beacon (one receipt time), so it counts
        // at one of them.
        var sections = report.GetProperty("topSections").EnumerateArray().ToList();
        Assert.Equal(3, sections.Sum(s => s.GetProperty("readers").GetInt64()));
        Assert.All(sections, s => Assert.Contains(s.GetProperty("sectionId").GetString(), new[] { KnownTraffic.Introduction, KnownTraffic.SecondSection }));
        Assert.All(sections, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task NewReader_ShowsUpWithinTheCacheLifetime()
    {
        await Stats.JsonAsync(_host.Client, "realtime"); // fills the cache
        var pv = Beacons.NewPageView();
        using var post = await _host.Client.SendAsync(Beacons.Post(Beacons.Body(pv, Beacons.PageView(pv)), forwardedFor: "198.51.100.99"));
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        long visitors;
        while ((visitors = (await Stats.JsonAsync(_host.Client, "realtime")).GetProperty("visitors").GetInt64()) != 3)
        {
            Assert.True(DateTime.UtcNow < deadline, $"still {visitors} visitors after 30 s");
            await Task.Delay(500);
        }
    }

    [Theory]
    [InlineData("realtime?format=csv", null)]
    [InlineData("realtime", "text/csv")]
    public async Task Csv_OneRowPerFigure_SameFiguresAsJson_NamedByTheMinute(string pathAndQuery, string? accept)
    {
        var json = await Stats.JsonAsync(_host.Client, "realtime");
        using var response = await Stats.GetAsync(_host.Client, pathAndQuery, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var name = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches(@"^nk-realtime-all-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$", name);
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        Assert.Equal(["kind", "minute", "article", "sectionId", "title", "count"], rows[0]);

        // The same answer as the JSON (both within the API's 5 s cache): visitors, 30 minutes, articles, sections.
        long Count(string kind) => rows.Where(r => r[0] == kind).Sum(r => long.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(json.GetProperty("visitors").GetInt64(), Count("visitors"));
        Assert.Equal(30, rows.Count(r => r[0] == "pageviews_per_minute"));
        Assert.Equal(
            json.GetProperty("pageviewsPerMinute").EnumerateArray().Select(m => (m.GetProperty("minute").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture), m.GetProperty("pageviews").GetInt64())),
            rows.Where(r => r[0] == "pageviews_per_minute").Select(r => (r[1], long.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(
            json.GetProperty("topArticles").EnumerateArray().Select(a => (a.GetProperty("article").GetString(), a.GetProperty("visitors").GetInt64())),
            rows.Where(r => r[0] == "article").Select(r => ((string?)r[2], long.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(
            json.GetProperty("topSections").EnumerateArray().Select(x => (x.GetProperty("sectionId").GetString(), x.GetProperty("readers").GetInt64())),
            rows.Where(r => r[0] == "section").Select(r => ((string?)r[3], long.Parse(r[^1], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Csv_BadFormat_400_UnacceptableAccept_406()
    {
        using var format = await Stats.GetAsync(_host.Client, "realtime?format=xml");
        await Problem.AssertAsync(format, HttpStatusCode.BadRequest, "invalid-format");

        using var accept = await Stats.GetAsync(_host.Client, "realtime", "image/png");
        Assert.Equal(HttpStatusCode.NotAcceptable, accept.StatusCode);
    }

    [Fact]
    public async Task UnknownArticle_404_DuplicateParameter_400_NoKey_401()
    {
        using var unknown = await Stats.GetAsync(_host.Client, "realtime?article=no-such-article");
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound, "article-not-found");

        using var duplicate = await Stats.GetAsync(_host.Client, "realtime?article=a&article=b");
        await Problem.AssertAsync(duplicate, HttpStatusCode.BadRequest, "duplicate-parameter");

        using var anonymous = await _host.Client.GetAsync(new Uri("/api/stats/realtime", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
