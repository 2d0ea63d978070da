using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

/// <summary>The store's own logic against a fake table; tests/NkFunctions.IntegrationTests covers real storage.</summary>
public sealed class TableSaltStoreTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    private readonly FakeSaltTable _table = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly CapturingLogger<TableSaltStore> _logger = new();
    private readonly TableSaltStore _store;

    public TableSaltStoreTests() => _store = new TableSaltStore(new FakeTableService(_table), _time, _logger);

    [Fact]
    public async Task GetSaltAsync_ConcurrentFirstCalls_OneReadOneInsertOneSalt()
    {
        _table.ReadGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 50).Select(_ => _store.GetSaltAsync(Day, CancellationToken.None).AsTask()).ToArray();
        _table.ReadGate.SetResult();

        var salts = await Task.WhenAll(calls);

        Assert.All(salts, s => Assert.Equal(salts[0], s));
        Assert.Equal(1, _table.Reads);
        Assert.Equal(1, _table.Inserts);
    }

    [Fact]
    public async Task GetSaltAsync_AnotherInstanceInsertedFirst_UsesTheWinnersSalt()
    {
        var rival = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        _table.RivalSalt = rival;

        Assert.Equal(rival, await _store.GetSaltAsync(Day, CancellationToken.None));
        Assert.Equal(rival, await _store.GetSaltAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task GetSaltAsync_ExistingSalt_ReadNotReplaced()
    {
        var existing = Enumerable.Repeat((byte)7, 32).ToArray();
        _table.Rows["20250310"] = new TableEntity("salt", "20250310") { ["Value"] = existing };

        Assert.Equal(existing, await _store.GetSaltAsync(Day, CancellationToken.None));
        Assert.Equal(0, _table.Inserts);
    }

    [Fact]
    public async Task GetSaltAsync_SameDayAgain_NoStorageCall()
    {
        await _store.GetSaltAsync(Day, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(10));
        await _store.GetSaltAsync(Day, CancellationToken.None);

        Assert.Equal(1, _table.Reads);
        Assert.Equal(1, _table.Queries);
    }

    [Fact]
    public async Task GetSaltAsync_NewDay_DeletesExpiredOncePerDay()
    {
        _table.Rows["20250301"] = new TableEntity("salt", "20250301") { ["Value"] = new byte[32] };
        await _store.GetSaltAsync(Day, CancellationToken.None);
        await _store.GetSaltAsync(Day, CancellationToken.None);
        Assert.Equal(1, _table.Queries);
        Assert.Equal(["20250310"], _table.Rows.Keys);

        _time.Advance(TimeSpan.FromDays(1));
        await _store.GetSaltAsync(Day.AddDays(1), CancellationToken.None);

        Assert.Equal(2, _table.Queries);
        Assert.Equal(["20250310", "20250311"], _table.Rows.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetSaltAsync_DeletionFails_SaltStillReturnedAndWarningLogged()
    {
        _table.QueryFailure = new RequestFailedException(503, "Server busy");

        var salt = await _store.GetSaltAsync(Day, CancellationToken.None);

        Assert.Equal(32, salt.Length);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(2303, warning.EventId.Id);
        Assert.IsType<RequestFailedException>(warning.Exception);
    }

    [Fact]
    public async Task GetSaltAsync_ReadFails_ErrorPropagatesAndIsNotCached()
    {
        _table.ReadFailure = new RequestFailedException(503, "Server busy");

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => _store.GetSaltAsync(Day, CancellationToken.None).AsTask());
        Assert.Equal(503, failure.Status);

        _table.ReadFailure = null;
        Assert.Equal(32, (await _store.GetSaltAsync(Day, CancellationToken.None)).Length);
    }

    [Fact]
    public async Task GetSaltAsync_EveryRetryFailedWithoutResponse_RequestFailed()
    {
        // What Azure.Core throws when storage is unreachable: one exception per attempt, aggregated.
        _table.ReadFailure = new AggregateException(new RequestFailedException("Connection refused"), new RequestFailedException("Connection refused"));

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => _store.GetSaltAsync(Day, CancellationToken.None).AsTask());
        Assert.IsType<AggregateException>(failure.InnerException);
    }

    [Fact]
    public async Task GetSaltAsync_SdkNetworkTimeout_RequestFailed()
    {
        _table.ReadFailure = new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:05.");

        await Assert.ThrowsAsync<RequestFailedException>(() => _store.GetSaltAsync(Day, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSaltAsync_DeletionTimesOut_SaltStillReturned()
    {
        _table.QueryFailure = new TaskCanceledException("timeout");

        Assert.Equal(32, (await _store.GetSaltAsync(Day, CancellationToken.None)).Length);
    }

    [Fact]
    public async Task DeleteExpiredAsync_EveryRetryFailedWithoutResponse_RequestFailed()
    {
        _table.QueryFailure = new AggregateException(new RequestFailedException("Connection refused"));

        await Assert.ThrowsAsync<RequestFailedException>(() => _store.DeleteExpiredAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task GetSaltAsync_OneCallerCancels_OthersStillGetTheSalt()
    {
        _table.ReadGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancelled = new CancellationTokenSource();
        var impatient = _store.GetSaltAsync(Day, cancelled.Token).AsTask();
        var patient = _store.GetSaltAsync(Day, CancellationToken.None).AsTask();

        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        _table.ReadGate.SetResult();

        Assert.Equal(32, (await patient).Length);
    }

    [Fact]
    public async Task GetSaltAsync_ReturnedArrayModified_StoreUnaffected()
    {
        var first = await _store.GetSaltAsync(Day, CancellationToken.None);
        var original = first.ToArray();
        Array.Clear(first);

        Assert.Equal(original, await _store.GetSaltAsync(Day, CancellationToken.None));
    }

    [Fact]
    public async Task GetSaltAsync_DayBeforeYesterday_Refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.GetSaltAsync(Day.AddDays(-2), CancellationToken.None).AsTask());
        Assert.Equal(0, _table.Reads);
    }

    [Fact]
    public async Task GetSaltAsync_StoredValueNot32Bytes_Throws()
    {
        _table.Rows["20250310"] = new TableEntity("salt", "20250310") { ["Value"] = new byte[5] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.GetSaltAsync(Day, CancellationToken.None).AsTask());
    }

    [Fact]
    public void Constructor_UsesTheSaltsTable()
    {
        var service = new FakeTableService(_table);

        _ = new TableSaltStore(service, _time, _logger);

        Assert.Equal("salts", service.RequestedName);
    }
}
