using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

/// <summary>
/// An in-memory stand-in for the salts table with the failure modes real storage has: a slow read (to line up
/// concurrent callers), a failing read, a failing query, and losing the insert race to another instance.
/// </summary>
internal sealed class FakeSaltTable : TableClient
{
    private int _reads;
    private int _inserts;
    private int _queries;

    public ConcurrentDictionary<string, TableEntity> Rows { get; } = new();

    /// <summary>When set, reads wait for it: callers pile up on the first load.</summary>
    public TaskCompletionSource? ReadGate { get; set; }

    public Exception? ReadFailure { get; set; }

    public Exception? QueryFailure { get; set; }

    /// <summary>When set, the next insert finds this salt already inserted by "another instance".</summary>
    public byte[]? RivalSalt { get; set; }

    public int Reads => Volatile.Read(ref _reads);

    public int Inserts => Volatile.Read(ref _inserts);

    public int Queries => Volatile.Read(ref _queries);

    public override Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Response.FromValue(TableModelFactory.TableItem("salts"), new FakeResponse(204)));

    public override async Task<NullableResponse<T>> GetEntityIfExistsAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        if (ReadGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (ReadFailure is { } failure)
        {
            throw failure;
        }

        return Rows.TryGetValue(rowKey, out var row)
            ? Response.FromValue((T)(object)row, new FakeResponse(200))
            : new MissingEntityResponse<T>();
    }

    public override Task<Response<T>> GetEntityAsync<T>(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Response.FromValue((T)(object)Rows[rowKey], new FakeResponse(200)));

    public override Task<Response> AddEntityAsync<T>(T entity, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _inserts);
        if (RivalSalt is { } rival)
        {
            RivalSalt = null;
            Rows[entity.RowKey] = new TableEntity(entity.PartitionKey, entity.RowKey) { ["Value"] = rival };
        }

        if (!Rows.TryAdd(entity.RowKey, (TableEntity)(object)entity))
        {
            throw new RequestFailedException(409, "The specified entity already exists.", "EntityAlreadyExists", null);
        }

        return Task.FromResult<Response>(new FakeResponse(204));
    }

    public override AsyncPageable<T> QueryAsync<T>(string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _queries);
        if (QueryFailure is { } failure)
        {
            throw failure;
        }

        // The store only ever asks for salts older than a cut-off; the fake trusts that and lists the row keys below it.
        var cutoff = filter![^9..^1];
        var rows = Rows.Values.Where(r => string.CompareOrdinal(r.RowKey, cutoff) < 0).Select(r => (T)(object)r).ToList();
        return AsyncPageable<T>.FromPages([Page<T>.FromValues(rows, null, new FakeResponse(200))]);
    }

    public override Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default) =>
        Task.FromResult<Response>(new FakeResponse(Rows.TryRemove(rowKey, out _) ? 204 : 404));
}
