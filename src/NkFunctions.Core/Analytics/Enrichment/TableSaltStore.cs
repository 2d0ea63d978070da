using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Keeps the daily salts in Table Storage so every app instance hashes with the same one, and deletes each salt
/// once its day is more than a day past. After the first call of a day an instance answers from memory.
/// Storage failures propagate as <see cref="RequestFailedException"/>; the caller answers 503.
/// </summary>
public sealed class TableSaltStore : ISaltStore
{
    /// <summary>The table holding the salts.</summary>
    public const string TableName = "salts";

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly ILogger<TableSaltStore> _logger;

    // One task per day, shared by every caller: concurrent first requests of a day wait on the same load instead of
    // each creating a salt. Faulted tasks are removed so that the next request retries.
    private readonly ConcurrentDictionary<DateOnly, Task<byte[]>> _salts = new();
    private readonly Lock _tableGate = new();
    private Task? _tableReady;

    /// <summary>Creates the store; nothing touches storage until the first call.</summary>
    public TableSaltStore(TableServiceClient service, TimeProvider time, ILogger<TableSaltStore> logger)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _table = service.GetTableClient(TableName);
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The first call for a day reads the day's salt, or creates it if no instance has yet, and then deletes expired
    /// salts (a failure to delete is logged, not thrown). Days before yesterday are refused: their salt must stay
    /// deleted. The returned array is a copy.
    /// </remarks>
    public ValueTask<byte[]> GetSaltAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (_salts.TryGetValue(day, out var cached) && cached.IsCompletedSuccessfully)
        {
            return new ValueTask<byte[]>(Copy(cached.Result));
        }

        return LoadAsync(day, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteExpiredAsync(DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            return await DeleteExpiredCoreAsync(today, cancellationToken).ConfigureAwait(false);
        }
        catch (AggregateException ex) when (SaltStoreFailures.Normalize(ex) is RequestFailedException unreachable)
        {
            throw unreachable;
        }
    }

    private async Task<int> DeleteExpiredCoreAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await EnsureTableAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        var yesterday = today.AddDays(-1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {SaltKeys.PartitionKey} and RowKey lt {SaltKeys.RowKey(yesterday)}");
        var expired = new List<string>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, select: [nameof(TableEntity.RowKey)], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            expired.Add(entity.RowKey);
        }

        var deleted = 0;
        foreach (var rowKey in expired)
        {
            // 404 does not throw: another instance deleted it first, which is just as good.
            var response = await _table.DeleteEntityAsync(SaltKeys.PartitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            if (response.Status != 404)
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            SaltStoreLog.Deleted(_logger, deleted, yesterday);
        }

        return deleted;
    }

    private async ValueTask<byte[]> LoadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var today = Today();
        ArgumentOutOfRangeException.ThrowIfLessThan(day, today.AddDays(-1));

        var source = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _salts.GetOrAdd(day, source.Task);
        if (shared == source.Task)
        {
            // Not tied to this caller's token: other callers wait on the same task and must not see it cancelled.
            _ = CompleteAsync(day, source);
        }

        return Copy(await shared.WaitAsync(cancellationToken).ConfigureAwait(false));
    }

    private async Task CompleteAsync(DateOnly day, TaskCompletionSource<byte[]> source)
    {
        try
        {
            var salt = await ReadOrCreateAsync(day).ConfigureAwait(false);
            await DeleteExpiredLoggingFailureAsync().ConfigureAwait(false);
            ForgetExpiredDays();
            source.SetResult(salt);
        }
        catch (Exception ex)
        {
            _salts.TryRemove(KeyValuePair.Create(day, source.Task));
            source.SetException(SaltStoreFailures.NormalizeUncancellable(ex));
        }
    }

    private async Task<byte[]> ReadOrCreateAsync(DateOnly day)
    {
        await EnsureTableAsync().ConfigureAwait(false);
        var rowKey = SaltKeys.RowKey(day);
        var existing = await _table.GetEntityIfExistsAsync<TableEntity>(SaltKeys.PartitionKey, rowKey, [SaltKeys.ValueProperty]).ConfigureAwait(false);
        if (existing.HasValue)
        {
            return ValueOf(existing.Value!, rowKey);
        }

        var salt = RandomNumberGenerator.GetBytes(SaltKeys.SaltBytes);
        try
        {
            await _table.AddEntityAsync(new TableEntity(SaltKeys.PartitionKey, rowKey) { [SaltKeys.ValueProperty] = salt }).ConfigureAwait(false);
            SaltStoreLog.Created(_logger, day);
            return salt;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another instance inserted between our read and our insert: everyone must hash with the winner's salt.
            SaltStoreLog.LostCreationRace(_logger, day);
            var winner = await _table.GetEntityAsync<TableEntity>(SaltKeys.PartitionKey, rowKey, [SaltKeys.ValueProperty]).ConfigureAwait(false);
            return ValueOf(winner.Value, rowKey);
        }
    }

    private async Task DeleteExpiredLoggingFailureAsync()
    {
        var today = Today();
        try
        {
            await DeleteExpiredAsync(today, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Whatever went wrong (outage, SDK timeout), the salt is good: hashing must not fail because cleanup did.
            // Nothing is lost: each later day's first call deletes everything expired, not just one day's salt.
            SaltStoreLog.DeleteFailed(_logger, ex, today);
        }
    }

    private Task EnsureTableAsync()
    {
        var ready = Volatile.Read(ref _tableReady);
        if (ready is { IsCompletedSuccessfully: true })
        {
            return ready;
        }

        lock (_tableGate)
        {
            if (_tableReady is null || _tableReady.IsFaulted || _tableReady.IsCanceled)
            {
                _tableReady = _table.CreateIfNotExistsAsync();
            }

            return _tableReady;
        }
    }

    private void ForgetExpiredDays()
    {
        var yesterday = Today().AddDays(-1);
        foreach (var day in _salts.Keys)
        {
            if (day < yesterday)
            {
                _salts.TryRemove(day, out _);
            }
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private static byte[] ValueOf(TableEntity entity, string rowKey) =>
        entity.GetBinary(SaltKeys.ValueProperty) is { Length: SaltKeys.SaltBytes } value
            ? value
            : throw new InvalidOperationException($"The salt entity {SaltKeys.PartitionKey}/{rowKey} in table {TableName} has no {SaltKeys.SaltBytes}-byte {SaltKeys.ValueProperty}.");

    private static byte[] Copy(byte[] salt) => salt.AsSpan().ToArray();
}
