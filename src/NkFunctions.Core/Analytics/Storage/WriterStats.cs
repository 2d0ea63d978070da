using NkFunctions.Core.Telemetry;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// Counters of what the event writer sent to storage: the transactions are the Azure bill. Each successful
/// transaction's size also goes to the <c>nk.storage.batch_size</c> histogram, from here, for both writers.
/// </summary>
/// <param name="metrics">The app's metrics.</param>
public sealed class WriterStats(NkMetrics metrics)
{
    private long _transactions;
    private long _entities;
    private long _failedTransactions;
    private int _maxQueuedEntities;

    /// <summary>Storage transactions (entity-group batches or single writes) that succeeded.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Entities stored.</summary>
    public long Entities => Interlocked.Read(ref _entities);

    /// <summary>Storage transactions that failed.</summary>
    public long FailedTransactions => Interlocked.Read(ref _failedTransactions);

    /// <summary>
    /// The most entities ever waiting in the group-commit queue at once: never above <c>Analytics:QueueCapacity</c>,
    /// which is what keeps memory bounded while storage is slow.
    /// </summary>
    public int MaxQueuedEntities => Volatile.Read(ref _maxQueuedEntities);

    internal void Queued(int entities)
    {
        var seen = Volatile.Read(ref _maxQueuedEntities);
        while (entities > seen)
        {
            var previous = Interlocked.CompareExchange(ref _maxQueuedEntities, entities, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    internal void Succeeded(int entities)
    {
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _entities, entities);
        metrics.StorageTransaction(entities);
    }

    internal void Failed() => Interlocked.Increment(ref _failedTransactions);
}
