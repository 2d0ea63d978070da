using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Top articles (<c>GET /api/stats/breakdown?by=article</c>) over the known traffic of two articles, through the local
/// host and a real Azurite: every figure per article, each sort, JSON and CSV.
/// </summary>
public sealed class TopArticlesTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => (_azurite, _host) = await KnownTraffic.StartWithBothArticlesAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task ByArticle_EveryFigurePerArticle_LargestPageviewsFirst()
    {
        var rows = (await Stats.JsonAsync(_host.Client, "breakdown?by=article")).EnumerateArray().ToList();

        Assert.Equal(2, rows.Count);
        AssertRow(rows[0], KnownTraffic.Article, "NK Cells in Pregnancy: Balancing Immunity", pageviews: 3, visitors: 2, reads: 1, readRatio: 0.3333, engaged: 5, scroll: 36.7);
        AssertRow(rows[1], KnownTraffic.SecondArticle, KnownTraffic.SecondTitle, pageviews: 2, visitors: 2, reads: 1, readRatio: 0.5, engaged: 21, scroll: 45);
    }

    [Theory]
    [InlineData("readRatio", "")]
    [InlineData("medianEngagedSeconds", "")]
    [InlineData("avgScrollDepth", "")]
    [InlineData("pageviews", "&order=asc")]
    public async Task ByArticle_SortedByTheAskedFigure(string sort, string order)
    {
        var rows = (await Stats.JsonAsync(_host.Client, $"breakdown?by=article&sort={sort}{order}")).EnumerateArray().ToList();

        Assert.Equal([KnownTraffic.SecondArticle, KnownTraffic.Article], rows.Select(r => r.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task ByArticle_Visitors_TieBrokenByPageviews_LimitAndArticlePickRows()
    {
        var byVisitors = (await Stats.JsonAsync(_host.Client, "breakdown?by=article&sort=visitors")).EnumerateArray().ToList();
        Assert.Equal([KnownTraffic.Article, KnownTraffic.SecondArticle], byVisitors.Select(r => r.GetProperty("value").GetString()));

        var top = (await Stats.JsonAsync(_host.Client, "breakdown?by=article&limit=1")).EnumerateArray().ToList();
        Assert.Equal(KnownTraffic.Article, Assert.Single(top).GetProperty("value").GetString());

        var one = (await Stats.JsonAsync(_host.Client, $"breakdown?by=article&article={KnownTraffic.SecondArticle}")).EnumerateArray().ToList();
        Assert.Equal(KnownTraffic.SecondArticle, Assert.Single(one).GetProperty("value").GetString());
    }

    [Fact]
    public async Task ByArticle_Csv_NamedForTheDimension_OneRowPerArticle()
    {
        using var response = await Stats.GetAsync(_host.Client, "breakdown?by=article&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("nk-breakdown-article-all-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("value,title,pageviews,visitors,reads,readRatio,medianEngagedSeconds,avgScrollDepth", lines[0]);
        Assert.Equal($"{KnownTraffic.SecondArticle},{KnownTraffic.SecondTitle},2,2,1,0.5,21,45", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Theory]
    [InlineData("breakdown?by=article&sort=bounceRate", "invalid-sort")]
    [InlineData("breakdown?by=referrer&sort=reads", "invalid-sort")]
    [InlineData("breakdown?by=article&order=largest", "invalid-order")]
    public async Task BadSortOrOrder_400_NamesIt(string pathAndQuery, string code)
    {
        using var response = await Stats.GetAsync(_host.Client, pathAndQuery);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    private static void AssertRow(JsonElement row, string slug, string title, long pageviews, long visitors, long reads, double readRatio, double engaged, double scroll)
    {
        Assert.Equal(slug, row.GetProperty("value").GetString());
        Assert.Equal(title, row.GetProperty("title").GetString());
        Assert.Equal(
            (pageviews, visitors, reads, readRatio, engaged, scroll),
            (row.GetProperty("pageviews").GetInt64(), row.GetProperty("visitors").GetInt64(), row.GetProperty("reads").GetInt64(),
             row.GetProperty("readRatio").GetDouble(), row.GetProperty("medianEngagedSeconds").GetDouble(), row.GetProperty("avgScrollDepth").GetDouble()));
    }
}
