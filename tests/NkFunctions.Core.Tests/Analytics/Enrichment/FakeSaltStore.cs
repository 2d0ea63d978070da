using System.Collections.Concurrent;
using System.Security.Cryptography;
using NkFunctions.Core.Analytics.Enrichment;

namespace NkFunctions.Core.Tests.Analytics.Enrichment;

/// <summary>An in-memory salt store: a random salt per day, and a record of the days asked for.</summary>
internal sealed class FakeSaltStore(bool completeAsynchronously = false) : ISaltStore
{
    private readonly ConcurrentDictionary<DateOnly, byte[]> _salts = new();

    public ConcurrentQueue<DateOnly> Requested { get; } = new();

    public ValueTask<byte[]> GetSaltAsync(DateOnly day, CancellationToken cancellationToken)
    {
        Requested.Enqueue(day);
        var salt = _salts.GetOrAdd(day, _ => RandomNumberGenerator.GetBytes(32));
        return completeAsynchronously ? new ValueTask<byte[]>(Task.Run(() => salt, cancellationToken)) : new ValueTask<byte[]>(salt);
    }

    public Task<int> DeleteExpiredAsync(DateOnly today, CancellationToken cancellationToken) =>
        Task.FromResult(_salts.Keys.Where(d => d < today.AddDays(-1)).Count(d => _salts.TryRemove(d, out _)));
}
