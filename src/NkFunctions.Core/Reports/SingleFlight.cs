using System.Collections.Concurrent;

namespace NkFunctions.Core.Reports;

/// <summary>
/// Concurrent callers asking for the same key share one running computation instead of each starting their own
/// (a dashboard fires four reports at once; two instances' reports may find the same day missing). Nothing is
/// cached: the entry leaves when the computation ends. A caller's cancellation stops its wait, not the work others
/// are waiting on.
/// </summary>
internal sealed class SingleFlight<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _inFlight = new();

    public Task<TValue> RunAsync(TKey key, Func<TKey, Task<TValue>> work, CancellationToken cancellationToken)
    {
        // Lazy: GetOrAdd may build two entries in a race, but only the stored one's work ever starts.
        var lazy = _inFlight.GetOrAdd(key, k => new Lazy<Task<TValue>>(() => RunThenForgetAsync(k, work)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    private async Task<TValue> RunThenForgetAsync(TKey key, Func<TKey, Task<TValue>> work)
    {
        try
        {
            return await work(key).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }
}
