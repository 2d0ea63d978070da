using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Analytics;

/// <summary>The daily salts against a real Table service (Azurite): shared by instances, created once, deleted on time.</summary>
public sealed class SaltStoreTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    [Fact]
    public async Task GetSaltAsync_FirstCall_CreatesAndStoresA32ByteSalt()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));

        var salt = await store.GetSaltAsync(Day, CancellationToken.None);

        Assert.Equal(32, salt.Length);
        var stored = await Table(azurite).GetEntityAsync<TableEntity>("salt", "20250310");
        Assert.Equal(salt, stored.Value.GetBinary("Value"));
    }

    [Fact]
    public async Task GetSaltAsync_SecondCall_SameSaltAndNoNewEntity()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));

        var first = await store.GetSaltAsync(Day, CancellationToken.None);
        var second = await store.GetSaltAsync(Day, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(["20250310"], await RowKeys(azurite));
    }

    [Fact]
    public async Task GetSaltAsync_AfterFirstCall_ServedFromMemoryWithoutStorage()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));
        var first = await store.GetSaltAsync(Day, CancellationToken.None);

        await azurite.StopAsync();

        Assert.Equal(first, await store.GetSaltAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task GetSaltAsync_TwoInstances_Agree()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var clock = new DayClock(Day);

        var fromFirst = await Store(azurite, clock).GetSaltAsync(Day, CancellationToken.None);
        var fromSecond = await Store(azurite, clock).GetSaltAsync(Day, CancellationToken.None);

        Assert.Equal(fromFirst, fromSecond);
    }

    [Fact]
    public async Task GetSaltAsync_ConcurrentFirstCallsOnTwoInstances_ExactlyOneSalt()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var clock = new DayClock(Day);
        var instances = new[] { Store(azurite, clock), Store(azurite, clock) };

        // Create the table first so both instances race on the salt itself rather than on table creation.
        await Table(azurite).CreateIfNotExistsAsync();
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 40)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await instances[i % 2].GetSaltAsync(Day, CancellationToken.None);
            }))
            .ToArray();
        start.Set();
        var salts = await Task.WhenAll(calls);

        Assert.All(salts, salt => Assert.Equal(salts[0], salt));
        Assert.Equal(["20250310"], await RowKeys(azurite));
    }

    [Fact]
    public async Task GetSaltAsync_NewDay_DeletesSaltsOlderThanYesterdayAndKeepsYesterdays()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var clock = new DayClock(Day);
        var store = Store(azurite, clock);
        await store.GetSaltAsync(Day, CancellationToken.None);
        await AddSalt(azurite, Day.AddDays(-5));
        await AddSalt(azurite, Day.AddDays(-2));

        clock.Today = Day.AddDays(1);
        var tomorrow = await store.GetSaltAsync(Day.AddDays(1), CancellationToken.None);

        Assert.Equal(["20250310", "20250311"], await RowKeys(azurite));

        clock.Today = Day.AddDays(2);
        await store.GetSaltAsync(Day.AddDays(2), CancellationToken.None);

        Assert.Equal(["20250311", "20250312"], await RowKeys(azurite));
        Assert.Equal(tomorrow, await store.GetSaltAsync(Day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task GetSaltAsync_DayBeforeYesterday_RefusedAndNotRecreated()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.GetSaltAsync(Day.AddDays(-2), CancellationToken.None).AsTask());

        await store.GetSaltAsync(Day.AddDays(-1), CancellationToken.None);
        Assert.Equal(["20250309"], await RowKeys(azurite));
    }

    [Fact]
    public async Task DeleteExpiredAsync_DeletesDaysBeforeYesterdayAndCountsThem()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));
        foreach (var offset in new[] { -30, -3, -2, -1, 0 })
        {
            await AddSalt(azurite, Day.AddDays(offset));
        }

        Assert.Equal(3, await store.DeleteExpiredAsync(Day, CancellationToken.None));
        Assert.Equal(["20250309", "20250310"], await RowKeys(azurite));
        Assert.Equal(0, await store.DeleteExpiredAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteExpiredAsync_NoTableYet_CreatesItAndDeletesNothing()
    {
        await using var azurite = await AzuriteServer.StartAsync();

        Assert.Equal(0, await Store(azurite, new DayClock(Day)).DeleteExpiredAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task StoredSaltEntity_HoldsNothingButTheSalt()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await Store(azurite, new DayClock(Day)).GetSaltAsync(Day, CancellationToken.None);

        var entities = await Table(azurite).QueryAsync<TableEntity>().ToListAsync();

        var entity = Assert.Single(entities);
        Assert.Equal("salt", entity.PartitionKey);
        Assert.Equal("20250310", entity.RowKey);
        string[] systemProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];
        Assert.Equal(["Value"], entity.Keys.Except(systemProperties));
        Assert.IsType<byte[]>(entity["Value"]);
    }

    [Fact]
    public async Task GetSaltAsync_StorageDown_ThrowsRequestFailedThenRecovers()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        var store = Store(azurite, new DayClock(Day));
        await azurite.StopAsync();

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => store.GetSaltAsync(Day, CancellationToken.None).AsTask());

        // The failure is not cached: once storage is back, the same instance creates the salt.
        await azurite.RestartAsync();
        Assert.Equal(32, (await store.GetSaltAsync(Day, CancellationToken.None)).Length);
    }

    private static TableSaltStore Store(AzuriteServer azurite, TimeProvider time)
    {
        // Like production (one retry, fixed delay): a stopped Azurite fails fast.
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Mode = Azure.Core.RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(50);
        return new TableSaltStore(new TableServiceClient(azurite.ConnectionString, options), time, NullLogger<TableSaltStore>.Instance);
    }

    private static TableClient Table(AzuriteServer azurite) => new TableServiceClient(azurite.ConnectionString).GetTableClient(TableSaltStore.TableName);

    private static async Task AddSalt(AzuriteServer azurite, DateOnly day)
    {
        var table = Table(azurite);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("salt", day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)) { ["Value"] = new byte[32] });
    }

    private static async Task<List<string>> RowKeys(AzuriteServer azurite) =>
        await Table(azurite).QueryAsync<TableEntity>(select: ["RowKey"]).Select(e => e.RowKey).OrderBy(k => k, StringComparer.Ordinal).ToListAsync();

    /// <summary>A clock standing at noon UTC of a settable day.</summary>
    private sealed class DayClock(DateOnly today) : TimeProvider
    {
        public DateOnly Today { get; set; } = today;

        public override DateTimeOffset GetUtcNow() => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
