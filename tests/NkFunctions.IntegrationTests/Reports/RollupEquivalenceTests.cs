using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Rollups;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>
/// Reports from rollups equal reports computed from raw events for the same days, on generated data: one host
/// reads every day raw (<c>Reports:UseRollups=false</c>), the other rolls closed days up lazily and reads rollups;
/// both point at the same Azurite and must answer byte for byte the same, for every report and dimension.
/// </summary>
public sealed class RollupEquivalenceTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    // Closed days only (yesterday is still open for ten minutes after midnight), and one open day (today).
    private static readonly DateOnly From = Today.AddDays(-12);
    private static readonly DateOnly To = Today.AddDays(-2);

    [Fact]
    public async Task EveryReport_FromRollups_EqualsTheSameReportFromRawEvents_AndSurvivesLosingTheRawEvents()
    {
        await using var rollups = await BeaconHost.StartAsync();
        await using var raw = await LocalHostServer.StartAsync(null, $"--AzureWebJobsStorage={rollups.Azurite.ConnectionString}", "--Reports:UseRollups=false");
        var written = await SyntheticTraffic.WriteAsync(rollups.Tables, SyntheticTraffic.Generate(Beacons.Article, From, To, pageViewsPerDay: 60, seed: 7));
        Assert.True(written > 11 * 60 * 3, $"only {written} events generated");
        // A second article (no longer published: reports keep what was read) for top articles.
        await SyntheticTraffic.WriteAsync(rollups.Tables, SyntheticTraffic.Generate("retired-article", From, To, pageViewsPerDay: 15, seed: 8));
        await KnownTraffic.PostAsync(rollups.Client);

        var queries = Queries(From, Today).ToList();
        var fromRaw = new List<string>();
        foreach (var query in queries)
        {
            fromRaw.Add(await Stats.TextAsync(raw.Client, query));
        }

        // First pass rolls the closed days up lazily; the second reads only rollups (and today's raw events).
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                Assert.Equal(fromRaw[i], await Stats.TextAsync(rollups.Client, queries[i]));
            }
        }

        var markers = (await rollups.Tables.GetTableClient(RollupKeys.TableName)
            .QueryAsync<TableEntity>(e => e.PartitionKey == RollupKeys.MarkerPartition).ToListAsync()).Select(m => m.RowKey).ToList();
        Assert.All(Enumerable.Range(0, To.DayNumber - From.DayNumber + 1), d => Assert.Contains(RollupKeys.Marker(From.AddDays(d)), markers));
        Assert.DoesNotContain(RollupKeys.Marker(Today), markers);

        // The rolled-up days' raw events are gone: reports still equal what they were, so they come from rollups.
        await DeleteRawEventsBeforeAsync(rollups.Tables, Today);
        for (var i = 0; i < queries.Count; i++)
        {
            Assert.Equal(fromRaw[i], await Stats.TextAsync(rollups.Client, queries[i]));
        }
    }

    internal static IEnumerable<string> Queries(DateOnly from, DateOnly to)
    {
        var range = $"from={Stats.Day(from)}&to={Stats.Day(to)}";
        foreach (var article in new[] { "&article=" + Beacons.Article, string.Empty })
        {
            yield return $"summary?{range}{article}";
            yield return $"timeseries?{range}{article}&interval=day";
            yield return $"timeseries?{range}{article}&interval=week";
            yield return $"timeseries?{range}{article}&interval=month";
            foreach (var by in new[] { "referrer", "partner", "device", "browser", "os", "country", "utm_source", "utm_medium", "utm_campaign", "article" })
            {
                yield return $"breakdown?{range}{article}&by={by}&limit=1000";
            }

            yield return $"breakdown?{range}{article}&by=article&sort=medianEngagedSeconds&order=asc&format=csv";
        }

        yield return $"sections?{range}&article={Beacons.Article}";
        yield return $"summary?{range}&format=csv";
    }

    private static async Task DeleteRawEventsBeforeAsync(TableServiceClient tables, DateOnly day)
    {
        var table = tables.GetTableClient(EventTable.Name);
        var before = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var old = await table.QueryAsync<TableEntity>($"PartitionKey lt '{before}'", select: ["PartitionKey", "RowKey"]).ToListAsync();
        Assert.NotEmpty(old);
        foreach (var partition in old.GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, e)));
            }
        }
    }
}
