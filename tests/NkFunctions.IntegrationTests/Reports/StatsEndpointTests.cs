using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>The stats API over today's raw events, through the local host, against a real Azurite.</summary>
public sealed class StatsEndpointTests : IAsyncLifetime
{
    private BeaconHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BeaconHost.StartAsync();
        await KnownTraffic.PostAsync(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Summary_CountsTheKnownTraffic()
    {
        var summary = await Stats.JsonAsync(_host.Client, "summary?article=" + Beacons.Article);

        Assert.Equal(Beacons.Article, summary.GetProperty("article").GetString());
        Assert.Equal(3, summary.GetProperty("pageviews").GetInt64());
        Assert.Equal(2, summary.GetProperty("visitors").GetInt64());
        Assert.Equal(1, summary.GetProperty("reads").GetInt64());
        Assert.Equal(0.3333, summary.GetProperty("readRatio").GetDouble());
        Assert.Equal(5, summary.GetProperty("medianEngagedSeconds").GetDouble());
        Assert.Equal(36.7, summary.GetProperty("avgScrollDepth").GetDouble());
        Assert.Equal(0.5, summary.GetProperty("bounceRate").GetDouble());
        Assert.Equal(1, summary.GetProperty("bots").GetInt64());
    }

    [Fact]
    public async Task Summary_AllArticles_EqualsTheOnlyArticle_WithNullArticle()
    {
        var summary = await Stats.JsonAsync(_host.Client, "summary");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("article").ValueKind);
        Assert.Equal(3, summary.GetProperty("pageviews").GetInt64());
    }

    [Fact]
    public async Task Timeseries_DefaultRange_Has30DailyRows_TodayLast()
    {
        var rows = (await Stats.JsonAsync(_host.Client, "timeseries")).EnumerateArray().ToList();

        Assert.Equal(30, rows.Count);
        Assert.Equal(Stats.Day(DateOnly.FromDateTime(DateTime.UtcNow)), rows[^1].GetProperty("date").GetString());
        Assert.Equal(3, rows[^1].GetProperty("pageviews").GetInt64());
        Assert.All(rows[..^1], r => Assert.Equal(0, r.GetProperty("pageviews").GetInt64()));
        Assert.Equal(5, rows[^1].GetProperty("medianEngagedSeconds").GetDouble());
    }

    [Fact]
    public async Task Sections_IsTheFunnelInArticleOrder()
    {
        var rows = (await Stats.JsonAsync(_host.Client, "sections?article=" + Beacons.Article)).EnumerateArray().ToList();

        Assert.Equal(SyntheticTraffic.Sections, rows.Select(r => r.GetProperty("sectionId").GetString()));
        Assert.Equal("Understanding NK Cells in Fertility", rows[1].GetProperty("title").GetString());
        Assert.Equal([3L, 1, 0, 0, 0, 0], rows.Select(r => r.GetProperty("seen").GetInt64()));
        Assert.Equal([1, 0.3333, 0, 0, 0, 0], rows.Select(r => r.GetProperty("seenRatio").GetDouble()));

        // Engaged in the introduction: 40, 5 and 3 s → median 5; in the second section only 25 s.
        Assert.Equal([5.0, 25, 0, 0, 0, 0], rows.Select(r => r.GetProperty("medianEngagedSeconds").GetDouble()));
    }

    [Theory]
    [InlineData("referrer", "news.example", 2, 2)]
    [InlineData("partner", "(none)", 2, 2)]
    [InlineData("device", "desktop", 2, 1)]
    [InlineData("os", "Windows", 2, 1)]
    [InlineData("utm_campaign", "(none)", 2, 1)]
    public async Task Breakdown_LargestFirst(string by, string top, long pageviews, long visitors)
    {
        var rows = (await Stats.JsonAsync(_host.Client, $"breakdown?by={by}")).EnumerateArray().ToList();

        Assert.Equal(top, rows[0].GetProperty("value").GetString());
        Assert.Equal(pageviews, rows[0].GetProperty("pageviews").GetInt64());
        Assert.Equal(visitors, rows[0].GetProperty("visitors").GetInt64());
        Assert.Equal(3, rows.Sum(r => r.GetProperty("pageviews").GetInt64()));
    }

    [Fact]
    public async Task Breakdown_ByOs_EveryFamilyExact_BotLeftOut()
    {
        // A on Windows twice, B on Android once; the webdriver page view (Linux) is a bot and counts nowhere.
        var rows = (await Stats.JsonAsync(_host.Client, "breakdown?by=os")).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString(), r.GetProperty("pageviews").GetInt64(), r.GetProperty("visitors").GetInt64()))
            .ToList();

        Assert.Equal([("Windows", 2L, 1L), ("Android", 1L, 1L)], rows);
    }

    [Fact]
    public async Task Breakdown_Limit_CutsTheList()
    {
        var rows = await Stats.JsonAsync(_host.Client, "breakdown?by=referrer&limit=1");
        Assert.Equal(1, rows.GetArrayLength());
    }

    [Fact]
    public async Task Csv_ByFormatOrAccept_HasHeaderFileNameAndDefusedCells()
    {
        using var byFormat = await Stats.GetAsync(_host.Client, "breakdown?by=utm_campaign&format=csv");
        using var byAccept = await Stats.GetAsync(_host.Client, "breakdown?by=utm_campaign", accept: "text/csv");

        foreach (var response in new[] { byFormat, byAccept })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Matches(@"^""?nk-breakdown-utm_campaign-all-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv""?$", disposition.FileName);
            var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
            Assert.Equal("value,pageviews,visitors", lines[0]);

            // The campaign "=cmd" came from a client: a spreadsheet must not run it.
            Assert.Contains("'=cmd,1,1", lines);
        }
    }

    [Fact]
    public async Task Reports_AreNotCacheable_AndNotSniffable()
    {
        using var response = await Stats.GetAsync(_host.Client, "summary");
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task WithoutTheRightKey_401_AndNoFigures(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats/summary");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync()); // the host's bare 401: no figures, no body at all
    }

    [Fact]
    public async Task KeyInCodeQuery_IsAccepted()
    {
        using var response = await _host.Client.GetAsync(new Uri("/api/stats/summary?code=" + LocalHostServer.FunctionKey, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("summary?from=2026-02-30", HttpStatusCode.BadRequest, "invalid-date")]
    [InlineData("summary?from=2020-01-01&to=2022-01-01", HttpStatusCode.BadRequest, "range-too-long")]
    [InlineData("timeseries?interval=fortnight", HttpStatusCode.BadRequest, "invalid-interval")]
    [InlineData("sections", HttpStatusCode.BadRequest, "article-required")]
    [InlineData("breakdown?by=ip", HttpStatusCode.BadRequest, "invalid-breakdown")]
    [InlineData("breakdown?by=referrer&limit=-1", HttpStatusCode.BadRequest, "invalid-limit")]
    [InlineData("summary?article=no-such-article", HttpStatusCode.NotFound, "article-not-found")]
    [InlineData("summary?article=x%27%20or%20true%20or%20%27", HttpStatusCode.NotFound, "article-not-found")]
    [InlineData("summary?format=xlsx", HttpStatusCode.BadRequest, "invalid-format")]
    public async Task BadQueries_ProblemJsonNamingTheParameter(string pathAndQuery, HttpStatusCode status, string code)
    {
        using var response = await Stats.GetAsync(_host.Client, pathAndQuery);
        await Problem.AssertAsync(response, status, code);
    }
}
