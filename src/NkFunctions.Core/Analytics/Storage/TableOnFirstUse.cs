using Azure.Data.Tables;

namespace NkFunctions.Core.Analytics.Storage;

/// <summary>A table created on first use (once per instance; retried after a failure), then shared.</summary>
public abstract class TableOnFirstUse(TableServiceClient service, string name)
{
    private readonly Lock _gate = new();
    private Task<TableClient>? _ready;

    /// <summary>The table client, after making sure the table exists.</summary>
    public Task<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_ready is null || _ready.IsFaulted || _ready.IsCanceled)
            {
                _ready = CreateAsync(cancellationToken);
            }

            return _ready;
        }
    }

    private async Task<TableClient> CreateAsync(CancellationToken cancellationToken)
    {
        var client = service.GetTableClient(name);
        await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        return client;
    }
}
