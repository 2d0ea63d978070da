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
