using Azure.Data.Tables;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>Persists event entities; the returned task completes only once they are stored.</summary>
public interface IEventWriter
{
    /// <summary>Stores <paramref name="entities"/> (upserts, so retries are idempotent).</summary>
    /// <exception cref="StorageUnavailableException">Nothing is acknowledged: storage failed, timed out, or the queue is full.</exception>
    Task WriteAsync(IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken);
}
