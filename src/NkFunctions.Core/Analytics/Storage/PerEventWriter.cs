using Azure.Data.Tables;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>
/// The naive baseline: one storage call per event, no batching. Kept only so the ingest benchmark can measure the
/// group-commit writer against it through the same endpoint (<c>Analytics:WriteMode=PerEvent</c>); never the default.
/// </summary>
public sealed class PerEventWriter(EventTable table, WriterStats stats) : IEventWriter
{
    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        try
        {
            var client = await table.GetAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var entity in entities)
            {
                await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
                stats.Succeeded(1);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stats.Failed();
            throw new StorageUnavailableException("Table Storage did not store the events.", ex);
        }
    }
}
