using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Countries, end to end: beacons from the documentation ranges (KnownTraffic, both articles) through the local host,
/// looked up in the tests' country database at ingest, stored as a code, reported by <c>by=country</c>, filtered by
/// <c>country==</c>, in JSON and CSV; plus one page view from a private address, which has no country. A real Azurite.
/// </summary>
public sealed class CountryReportTests : IAsyncLifetime
{
    private const string PrivateClient = "10.1.2.3";

    private AzuriteServer _azurite = null!;
    private LocalHostServer _host = null!;

    public async Task InitializeAsync()
    {
        (_azurite, _host) = await KnownTraffic.StartWithBothArticlesAsync();

        // A reader behind nothing but a private address (an office proxy that says no more): no country.
        var pv = Beacons.NewPageView();
        var body = JsonSerializer.Serialize(new { article = KnownTraffic.SecondArticle, pageview = pv, events = new[] { Beacons.PageView(pv) } });
        using var response = await _host.Client.SendAsync(Beacons.Post(body, forwardedFor: PrivateClient));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Breakdown_ByCountry_OneArticle_EveryCountryExact_BotLeftOut()
    {
        // A (JP) twice, B (FR) once; the bot from 192.0.2.30 (DE) counts nowhere.
        Assert.Equal([("JP", 2L, 1L), ("FR", 1L, 1L)], await RowsAsync($"breakdown?by=country&article={KnownTraffic.Article}"));
    }

    [Fact]
    public async Task Breakdown_ByCountry_AllArticles_Ipv6AndNoCountryToo()
    {
        // A (JP) on both articles, B (FR), C over IPv6 (NL), the private address under (none); ties by value.
        Assert.Equal(
            [("JP", 3L, 1L), ("(none)", 1L, 1L), ("FR", 1L, 1L), ("NL", 1L, 1L)],
            await RowsAsync("breakdown?by=country"));
    }

    [Theory]
    [InlineData("country==JP", 3, 1, 2)]          // A1 (read), A2, A on the second article (read)
    [InlineData("country!=JP", 3, 3, 0)]          // B, C, the private reader
    [InlineData("country==(none)", 1, 1, 0)]      // the private reader
    [InlineData("country~r", 1, 1, 0)]            // contains, any case: FR
    [InlineData("country==NL;device==desktop", 1, 1, 0)]
    [InlineData("country==DE", 0, 0, 0)]          // only the bot came from there
    public async Task Summary_FilteredByCountry_Exact(string filters, long pageviews, long visitors, long reads)
    {
        var summary = await Stats.JsonAsync(_host.Client, "summary?filters=" + filters.Replace(";", "%3B", StringComparison.Ordinal));

        Assert.Equal(
            (pageviews, visitors, reads),
            (summary.GetProperty("pageviews").GetInt64(), summary.GetProperty("visitors").GetInt64(), summary.GetProperty("reads").GetInt64()));
    }

    [Fact]
    public async Task Summary_FilteredByCountry_StillCountsTheBotsFromThere()
    {
        var summary = await Stats.JsonAsync(_host.Client, "summary?filters=country==DE");

        Assert.Equal(1, summary.GetProperty("bots").GetInt64());
    }

    [Fact]
    public async Task Breakdown_OtherDimension_FilteredByCountry()
    {
        Assert.Equal([("Android", 1L, 1L)], await RowsAsync("breakdown?by=os&filters=country==FR"));
        Assert.Equal([("JP", 2L, 1L)], await RowsAsync("breakdown?by=country&filters=referrer==(none)%3Bcountry!=(none)%3Bcountry!=NL"));
    }

    [Fact]
    public async Task Csv_ByCountry_RowsAndFileName()
    {
        using var response = await Stats.GetAsync(_host.Client, "breakdown?by=country&format=csv&filters=country!=(none)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var name = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.StartsWith("nk-breakdown-country-all-", name, StringComparison.Ordinal);
        Assert.EndsWith("-country-is-not-_none_.csv", name, StringComparison.Ordinal);
        Assert.Equal("value,pageviews,visitors\r\nJP,3,1\r\nFR,1,1\r\nNL,1,1\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TableDump_CountryIsACodeOnly_NoAddressAnywhere()
    {
        var tables = new TableServiceClient(_azurite.ConnectionString);
        var events = new List<TableEntity>();
        await foreach (var entity in tables.GetTableClient("events").QueryAsync<TableEntity>())
        {
            events.Add(entity);
        }

        // Every page view's events carry its client's code; the private reader's carry none.
        Assert.Equal(["DE", "FR", "JP", "NL"], events.Select(e => e.GetString("Country")).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(events, e => !e.ContainsKey("Country"));
        Assert.All(events.Where(e => e.ContainsKey("Country")), e => Assert.Matches("^[A-Z]{2}$", e.GetString("Country")));

        // No table holds any form of a client address.
        string[] addresses = ["203.0.113", "198.51.100", "192.0.2.", "2001:db8", "2001:0db8", PrivateClient, "10.1.2"];
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                foreach (var (key, value) in entity)
                {
                    var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    Assert.DoesNotContain(addresses, a => text.Contains(a, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    private async Task<List<(string?, long, long)>> RowsAsync(string pathAndQuery) =>
        (await Stats.JsonAsync(_host.Client, pathAndQuery)).EnumerateArray()
            .Select(r => (r.GetProperty("value").GetString(), r.GetProperty("pageviews").GetInt64(), r.GetProperty("visitors").GetInt64()))
            .ToList();
}
