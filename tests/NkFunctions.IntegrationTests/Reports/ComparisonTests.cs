using System.Net;
using System.Text.Json;
using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// <c>compare=previous_period|year_over_year</c> on the summary and the time series, over the known traffic (today)
/// and generated traffic on the three days before, through the local host and a real Azurite: the compared figures
/// are exactly what the same report gives for the compared dates, and the changes follow from both.
/// </summary>
public sealed class ComparisonTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private BeaconHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await BeaconHost.StartAsync();
        await SyntheticTraffic.WriteAsync(_host.Tables, SyntheticTraffic.Generate(Beacons.Article, Today.AddDays(-3), Today.AddDays(-1), pageViewsPerDay: 12, seed: 11));
        await KnownTraffic.PostAsync(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Summary_PreviousPeriod_IsTheSameLengthJustBefore_WithPercentAndPointChanges()
    {
        var summary = await Stats.JsonAsync(_host.Client, $"summary?from={Stats.Day(Today)}&to={Stats.Day(Today)}&compare=previous_period");
        var yesterday = await Stats.JsonAsync(_host.Client, $"summary?from={Stats.Day(Today.AddDays(-1))}&to={Stats.Day(Today.AddDays(-1))}");

        Assert.Equal(3, summary.GetProperty("pageviews").GetInt64());
        var previous = summary.GetProperty("previous");
        Assert.Equal(yesterday.GetRawText(), previous.GetRawText());
        var before = yesterday.GetProperty("pageviews").GetInt64();
        Assert.True(before > 0, "the generated day has page views");
        var change = summary.GetProperty("change");
        Assert.Equal(Math.Round((3.0 - before) / before * 100, 1), change.GetProperty("pageviews").GetDouble());
        Assert.Equal(Math.Round(0.3333 - yesterday.GetProperty("readRatio").GetDouble(), 4), change.GetProperty("readRatio").GetDouble());
        Assert.Equal(Math.Round(36.7 - yesterday.GetProperty("avgScrollDepth").GetDouble(), 1), change.GetProperty("avgScrollDepth").GetDouble());
    }

    [Fact]
    public async Task Summary_YearOverYear_NoTrafficThen_ChangeIsNullForCounts()
    {
        var summary = await Stats.JsonAsync(_host.Client, $"summary?from={Stats.Day(Today.AddDays(-3))}&to={Stats.Day(Today)}&compare=year_over_year");

        var previous = summary.GetProperty("previous");
        Assert.Equal(Stats.Day(Today.AddDays(-3).AddYears(-1)), previous.GetProperty("from").GetString());
        Assert.Equal(Stats.Day(Today.AddYears(-1)), previous.GetProperty("to").GetString());
        Assert.Equal(0, previous.GetProperty("pageviews").GetInt64());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("change").GetProperty("pageviews").ValueKind);
        Assert.Equal(summary.GetProperty("readRatio").GetDouble(), summary.GetProperty("change").GetProperty("readRatio").GetDouble());
    }

    [Fact]
    public async Task Timeseries_PreviousPeriod_EachRowCarriesTheComparedInterval()
    {
        var range = $"from={Stats.Day(Today.AddDays(-1))}&to={Stats.Day(Today)}";
        var rows = (await Stats.JsonAsync(_host.Client, $"timeseries?{range}&compare=previous_period")).EnumerateArray().ToList();
        var earlier = (await Stats.JsonAsync(_host.Client, $"timeseries?from={Stats.Day(Today.AddDays(-3))}&to={Stats.Day(Today.AddDays(-2))}")).EnumerateArray().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(earlier[0].GetRawText(), rows[0].GetProperty("previous").GetRawText());
        Assert.Equal(earlier[1].GetRawText(), rows[1].GetProperty("previous").GetRawText());
        Assert.Equal(3, rows[1].GetProperty("pageviews").GetInt64());

        // Without compare the rows have no previous field at all.
        var plain = (await Stats.JsonAsync(_host.Client, $"timeseries?{range}")).EnumerateArray().ToList();
        Assert.False(plain[0].TryGetProperty("previous", out _));
    }

    [Fact]
    public async Task Csv_SummaryGetsASecondRow_TimeseriesPreviousColumns()
    {
        var day = Stats.Day(Today);
        var summary = (await Stats.TextAsync(_host.Client, $"summary?from={day}&to={day}&compare=previous_period&format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, summary.Length);
        Assert.StartsWith($"(all),{day},{day},3,", summary[1], StringComparison.Ordinal);
        Assert.StartsWith($"(all),{Stats.Day(Today.AddDays(-1))},{Stats.Day(Today.AddDays(-1))},", summary[2], StringComparison.Ordinal);

        var series = (await Stats.TextAsync(_host.Client, $"timeseries?from={day}&to={day}&compare=year_over_year&format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,pageviews,visitors,reads,medianEngagedSeconds,previousDate,previousPageviews,previousVisitors,previousReads,previousMedianEngagedSeconds", series[0]);
        Assert.Equal($"{day},3,2,1,5,{Stats.Day(Today.AddYears(-1))},0,0,0,0", series[1]);
    }

    [Theory]
    [InlineData("summary?compare=last_week", "invalid-compare")]
    [InlineData("breakdown?by=referrer&compare=previous_period", "invalid-compare")]
    [InlineData("summary?from=2000-01-01&to=2000-01-31&compare=previous_period", "invalid-compare")]
    public async Task BadCompare_400_NamesIt(string pathAndQuery, string code)
    {
        using var response = await Stats.GetAsync(_host.Client, pathAndQuery);
        await Infrastructure.Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }
}
