using System.Globalization;
using System.Net;
using System.Text;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Reports.Rollups;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Reports;

/// <summary>The timer-triggered rollup and retention, run on demand through the local host's admin endpoint.</summary>
public sealed class MaintenanceTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task RollupClosedDays_RollsUpEveryMissingDayOfTheWindow_ThenHasNothingLeft()
    {
        await using var host = await BeaconHost.StartAsync("--Reports:RetentionDays=5", "--Reports:CatchUpDays=6");
        await SyntheticTraffic.WriteAsync(host.Tables, SyntheticTraffic.Generate(Beacons.Article, Today.AddDays(-4), Today.AddDays(-3), 20, seed: 3));

        await RunAsync(host, "RollupClosedDays");

        var rows = await RollupRowsAsync(host);
        var markers = rows.Where(r => r.PartitionKey == RollupKeys.MarkerPartition).Select(r => r.RowKey).ToList();

        // The window is today-6 .. the last closed day (yesterday, or the day before during the grace period).
        Assert.Contains(RollupKeys.Marker(Today.AddDays(-6)), markers);
        Assert.Contains(RollupKeys.Marker(Today.AddDays(-2)), markers);
        Assert.DoesNotContain(RollupKeys.Marker(Today), markers);
        Assert.Contains(rows, r => r.PartitionKey == Beacons.Article && r.RowKey == RollupKeys.Totals(Today.AddDays(-4)));
        Assert.Contains(rows, r => r.PartitionKey == "_all" && r.RowKey == RollupKeys.Totals(Today.AddDays(-3)));

        // Empty days are marked but write no rows.
        Assert.DoesNotContain(rows, r => r.PartitionKey == Beacons.Article && r.RowKey == RollupKeys.Totals(Today.AddDays(-6)));

        // Idempotent: a second run finds nothing missing and changes nothing.
        var before = rows.Select(r => (r.PartitionKey, r.RowKey, r.ETag)).ToHashSet();
        await RunAsync(host, "RollupClosedDays");
        Assert.Equal(before, (await RollupRowsAsync(host)).Select(r => (r.PartitionKey, r.RowKey, r.ETag)).ToHashSet());
    }

    [Fact]
    public async Task ApplyRetention_DeletesOldRawEventsOnlyOfRolledUpDays_AndExpiredSalts()
    {
        await using var host = await BeaconHost.StartAsync("--Reports:RetentionDays=2", "--Reports:CatchUpDays=3");

        // today-5 is outside the catch-up window, so never rolled up: its raw events must survive retention.
        var unrolled = Today.AddDays(-5);
        var rolled = Today.AddDays(-3);
        var kept = Today.AddDays(-2);
        foreach (var day in new[] { unrolled, rolled, kept })
        {
            await SyntheticTraffic.WriteAsync(host.Tables, SyntheticTraffic.Generate(Beacons.Article, day, day, 15, seed: day.DayNumber));
        }

        var expiredSalt = await AddSaltAsync(host, Today.AddDays(-4));
        var before = await Stats.TextAsync(host.Client, $"summary?from={Stats.Day(rolled)}&to={Stats.Day(rolled)}");

        await RunAsync(host, "RollupClosedDays");
        await RunAsync(host, "ApplyRetention");

        var days = (await host.EventsAsync()).Select(e => e.PartitionKey[..8]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal([Key(unrolled), Key(kept)], days);
        var marker = await host.Tables.GetTableClient(RollupKeys.TableName).GetEntityAsync<TableEntity>(RollupKeys.MarkerPartition, RollupKeys.Marker(rolled));
        Assert.True(marker.Value.GetBoolean("RawDeleted"));
        Assert.False((await host.Tables.GetTableClient(TableSaltStore.TableName).GetEntityIfExistsAsync<TableEntity>(SaltKeys.PartitionKey, expiredSalt)).HasValue);

        // The deleted day still reports the same figures, from its rollup.
        Assert.Equal(before, await Stats.TextAsync(host.Client, $"summary?from={Stats.Day(rolled)}&to={Stats.Day(rolled)}"));
    }

    [Fact]
    public async Task Reports_StorageDown_503WithRetryAfter()
    {
        await using var host = await BeaconHost.StartAsync();
        await host.Azurite.StopAsync();

        using var response = await Stats.GetAsync(host.Client, "summary");

        await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    internal static async Task RunAsync(BeaconHost host, string function)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/" + function)
        {
            Content = new StringContent("{\"input\":\"\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-functions-key", LocalHostServer.AdminKey);
        using var response = await host.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{function}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<List<TableEntity>> RollupRowsAsync(BeaconHost host) =>
        await host.Tables.GetTableClient(RollupKeys.TableName).QueryAsync<TableEntity>().ToListAsync();

    private static async Task<string> AddSaltAsync(BeaconHost host, DateOnly day)
    {
        var table = host.Tables.GetTableClient(TableSaltStore.TableName);
        await table.CreateIfNotExistsAsync();
        var rowKey = SaltKeys.RowKey(day);
        await table.UpsertEntityAsync(new TableEntity(SaltKeys.PartitionKey, rowKey) { ["Salt"] = new byte[32] });
        return rowKey;
    }

    private static string Key(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
