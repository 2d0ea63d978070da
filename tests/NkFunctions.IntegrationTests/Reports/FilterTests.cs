using System.Net;
using Azure.Data.Tables;
using NkFunctions.Core.Reports.Rollups;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// <c>filters=</c> over the known traffic (KnownTraffic: A1 desktop from news.example, read; A2 desktop in a partner
/// page, no referrer; B mobile from news.example with a campaign; a desktop bot), through the local host and a real
/// Azurite: exact figures for each operator and for filters combined.
/// </summary>
public sealed class FilterTests : IAsyncLifetime
{
    private BeaconHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BeaconHost.StartAsync();
        await KnownTraffic.PostAsync(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("device==mobile", 1, 1, 0, 1.0, 0)]             // B alone: under 10 s, bounces
    [InlineData("device!=mobile", 2, 1, 1, 0.0, 1)]             // A1 and A2 (one visitor-day, two views); the desktop bot
    [InlineData("referrer~NEWS", 2, 2, 1, 0.5, 0)]              // contains, any case: A1 and B
    [InlineData("referrer~news;device==desktop", 1, 1, 1, 0.0, 0)] // AND: A1
    [InlineData("referrer==(none)", 1, 1, 0, 1.0, 1)]           // A2 (direct, in a partner page) and the bot
    [InlineData("utm_campaign==%3Dcmd", 1, 1, 0, 1.0, 0)]       // B's campaign, a value a spreadsheet would run
    public async Task Summary_Filtered_CountsOnlyThePageViewsThatPass(string filters, long pageviews, long visitors, long reads, double bounceRate, long bots)
    {
        var summary = await Stats.JsonAsync(_host.Client, "summary?filters=" + filters.Replace(";", "%3B", StringComparison.Ordinal));

        Assert.Equal(
            (pageviews, visitors, reads, bounceRate, bots),
            (summary.GetProperty("pageviews").GetInt64(), summary.GetProperty("visitors").GetInt64(), summary.GetProperty("reads").GetInt64(),
             summary.GetProperty("bounceRate").GetDouble(), summary.GetProperty("bots").GetInt64()));
    }

    [Fact]
    public async Task Breakdown_And_TopArticles_Filtered()
    {
        var devices = (await Stats.JsonAsync(_host.Client, "breakdown?by=device&filters=referrer~news")).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString(), r.GetProperty("pageviews").GetInt64())).ToList();
        Assert.Equal([("desktop", 1L), ("mobile", 1L)], devices);

        var articles = (await Stats.JsonAsync(_host.Client, "breakdown?by=article&filters=device!=mobile")).EnumerateArray().ToList();
        Assert.Equal(2, Assert.Single(articles).GetProperty("pageviews").GetInt64());

        var series = (await Stats.JsonAsync(_host.Client, "timeseries?filters=device==mobile")).EnumerateArray().ToList();
        Assert.Equal(1, series[^1].GetProperty("pageviews").GetInt64());
    }

    [Fact]
    public async Task ArticleFilterAlone_IsTheArticleParameter()
    {
        Assert.Equal(
            await Stats.TextAsync(_host.Client, $"summary?article={KnownTraffic.Article}"),
            await Stats.TextAsync(_host.Client, $"summary?filters=article=={KnownTraffic.Article}"));
    }

    [Fact]
    public async Task Csv_FileNameCarriesTheFilters()
    {
        using var response = await Stats.GetAsync(_host.Client, "breakdown?by=referrer&format=csv&filters=device==mobile%3Butm_source~letter");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.StartsWith("nk-breakdown-referrer-all-", name, StringComparison.Ordinal);
        Assert.EndsWith("-device-is-mobile-utm_source-contains-letter.csv", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DaysWhoseRawEventsAreGone_CannotBeFiltered_400()
    {
        var gone = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20);
        var rollups = _host.Tables.GetTableClient(RollupKeys.TableName);
        await rollups.CreateIfNotExistsAsync();
        await rollups.UpsertEntityAsync(new TableEntity(RollupKeys.MarkerPartition, RollupKeys.Marker(gone)) { ["RawDeleted"] = true });

        using var response = await Stats.GetAsync(_host.Client, "summary?filters=device==mobile");
        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "filter-needs-raw-events");
        Assert.Contains(Stats.Day(gone), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Unfiltered, the same range is served (from the rollup).
        using var plain = await Stats.GetAsync(_host.Client, "summary");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Theory]
    [InlineData("city==Paris")]
    [InlineData("device=mobile")]
    [InlineData("device==")]
    [InlineData("device")]
    public async Task BadFilter_400_NamesIt(string filters)
    {
        using var response = await Stats.GetAsync(_host.Client, "summary?filters=" + filters);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "invalid-filter");
    }
}
