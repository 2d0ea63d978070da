using System.Threading.Channels;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Group commit: concurrent requests queue their entities; one loop drains the queue into entity-group transactions
/// (one partition, at most 100 entities each) and completes every waiting request when the transactions holding its
/// entities commit. Idle, a beacon costs one round trip; busy, the queue fills while flushes are in flight and the
/// next flush carries full batches. Nothing is acknowledged before it is stored, because a Functions instance can be
/// frozen or killed at any moment.
/// </summary>
public sealed class GroupCommitWriter : IEventWriter, IAsyncDisposable
{
    /// <summary>Table Storage's limit for one entity-group transaction.</summary>
    public const int MaxBatchSize = 100;

    // Enough to fill several batches per partition without one flush hoarding the queue while others could run.
    private const int MaxEntitiesPerFlush = 2_000;

    private readonly EventTable _table;
    private readonly WriterStats _stats;
    private readonly ILogger<GroupCommitWriter> _logger;
    private readonly AnalyticsOptions _options;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _flushSlots;
    private readonly Task _loop;
    private int _queuedEntities;

    /// <summary>Starts the drain loop.</summary>
    public GroupCommitWriter(EventTable table, WriterStats stats, IOptions<AnalyticsOptions> options, ILogger<GroupCommitWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _table = table;
        _stats = stats;
        _logger = logger;
        _options = options.Value;
        _flushSlots = new SemaphoreSlim(_options.MaxConcurrentFlushes);
        _loop = Task.Run(DrainAsync);
    }

    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return Task.CompletedTask;
        }

        var queued = Interlocked.Add(ref _queuedEntities, entities.Count);
        if (queued > _options.QueueCapacity)
        {
            Interlocked.Add(ref _queuedEntities, -entities.Count);
            StorageLog.QueueFull(_logger, queued - entities.Count, _options.QueueCapacity);
            throw new StorageUnavailableException("The event queue is full: storage is not keeping up.");
        }

        _stats.Queued(queued);
        var write = new PendingWrite(entities);
        if (!_queue.Writer.TryWrite(write))
        {
            Interlocked.Add(ref _queuedEntities, -entities.Count);
            throw new StorageUnavailableException("The event writer is shutting down.");
        }

        // The caller may stop waiting (client gone); the write itself still completes or fails on its own.
        return write.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops accepting writes and finishes every write already accepted (host shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        var pending = Volatile.Read(ref _queuedEntities);
        StorageLog.Draining(_logger, pending);
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _flushSlots.Dispose();
    }

    private async Task DrainAsync()
    {
        var flushes = new List<Task>();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Wait for a free slot first: while all slots are busy, the queue keeps filling and the next flush is bigger.
            await _flushSlots.WaitAsync().ConfigureAwait(false);
            var batch = new List<PendingWrite>();
            var entities = 0;
            while (entities < MaxEntitiesPerFlush && reader.TryRead(out var write))
            {
                batch.Add(write);
                entities += write.Entities.Count;
            }

            if (batch.Count == 0)
            {
                _flushSlots.Release();
                continue;
            }

            Interlocked.Add(ref _queuedEntities, -entities);
            flushes.RemoveAll(t => t.IsCompleted);
            flushes.Add(FlushAsync(batch));
        }

        await Task.WhenAll(flushes).ConfigureAwait(false);
    }

    private async Task FlushAsync(List<PendingWrite> batch)
    {
        try
        {
            var table = await _table.GetAsync(CancellationToken.None).ConfigureAwait(false);
            var transactions = Plan(batch);
            var results = await Task.WhenAll(transactions.Select(t => CommitAsync(table, t))).ConfigureAwait(false);
            var failed = new HashSet<PendingWrite>();
            for (var i = 0; i < transactions.Count; i++)
            {
                if (results[i] is not null)
                {
                    failed.UnionWith(transactions[i].Writers);
                }
            }

            foreach (var write in batch)
            {
                if (failed.Contains(write))
                {
                    write.Done.TrySetException(new StorageUnavailableException("Table Storage did not store the events."));
                }
                else
                {
                    write.Done.TrySetResult();
                }
            }
        }
        catch (Exception ex)
        {
            // Creating the table failed (storage down): nothing in this flush was stored.
            foreach (var write in batch)
            {
                write.Done.TrySetException(new StorageUnavailableException("Table Storage is unavailable.", ex));
            }
        }
        finally
        {
            _flushSlots.Release();
        }
    }

    // Group by partition; within a partition the last write of a RowKey wins (a transaction may not touch an entity
    // twice), then cut into transactions of at most 100.
    private static List<Transaction> Plan(List<PendingWrite> batch)
    {
        var transactions = new List<Transaction>();
        foreach (var partition in batch
            .SelectMany(w => w.Entities.Select(e => (Write: w, Entity: e)))
            .GroupBy(x => x.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var rows = new Dictionary<string, (PendingWrite Write, TableEntity Entity)>(StringComparer.Ordinal);
            var writersOfRow = new Dictionary<string, List<PendingWrite>>(StringComparer.Ordinal);
            foreach (var item in partition)
            {
                rows[item.Entity.RowKey] = item;
                if (!writersOfRow.TryGetValue(item.Entity.RowKey, out var writers))
                {
                    writersOfRow[item.Entity.RowKey] = writers = [];
                }

                writers.Add(item.Write);
            }

            foreach (var chunk in rows.Keys.Chunk(MaxBatchSize))
            {
                transactions.Add(new Transaction(
                    partition.Key,
                    [.. chunk.Select(k => rows[k].Entity)],
                    [.. chunk.SelectMany(k => writersOfRow[k]).Distinct()]));
            }
        }

        return transactions;
    }

    private async Task<Exception?> CommitAsync(TableClient table, Transaction transaction)
    {
        try
        {
            await table.SubmitTransactionAsync(
                transaction.Entities.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)),
                CancellationToken.None).ConfigureAwait(false);
            _stats.Succeeded(transaction.Entities.Count);
            return null;
        }
        catch (Exception ex)
        {
            _stats.Failed();
            StorageLog.TransactionFailed(_logger, ex, transaction.Entities.Count, transaction.Partition);
            return ex;
        }
    }

    private sealed class PendingWrite(IReadOnlyList<TableEntity> entities)
    {
        public IReadOnlyList<TableEntity> Entities { get; } = entities;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Transaction(string Partition, List<TableEntity> Entities, List<PendingWrite> Writers);
}
