using System.Collections.Concurrent;

namespace NkFunctions.Core.Http;

/// <summary>
/// Renderings made on first use and kept, at most <see cref="Capacity"/> of them: the article and embed documents
/// of a content snapshot, so neither start-up nor any request renders every article (issue 16, scale). Concurrent
/// first requests for one key wait for one rendering. Past the capacity the oldest renderings are dropped (first in,
/// first out) and made again when asked for; a rendering is a pure function of the snapshot, so it comes back byte
/// for byte the same, and so does its content-derived ETag.
/// </summary>
/// <typeparam name="TKey">What a rendering is of (a slug, a slug and section).</typeparam>
/// <typeparam name="TValue">The rendering.</typeparam>
internal sealed class RenderCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries;
    private readonly ConcurrentQueue<TKey> _order = new();
    private readonly Func<TKey, TValue> _render;
    private long _renders;

    /// <param name="capacity">The most renderings kept.</param>
    /// <param name="render">Makes the rendering of a key; called once per key while it is kept.</param>
    /// <param name="comparer">Compares keys (ordinal for slugs).</param>
    public RenderCache(int capacity, Func<TKey, TValue> render, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentNullException.ThrowIfNull(render);
        Capacity = capacity;
        _render = render;
        _entries = new ConcurrentDictionary<TKey, Lazy<TValue>>(comparer);
    }

    /// <summary>The most renderings kept.</summary>
    public int Capacity { get; }

    /// <summary>Renderings kept now.</summary>
    public int Count => _entries.Count;

    /// <summary>Renderings made so far (a dropped one made again counts again).</summary>
    public long Renders => Interlocked.Read(ref _renders);

    /// <summary>The rendering of <paramref name="key"/>, made now if it is not kept.</summary>
    public TValue Get(TKey key)
    {
        if (_entries.TryGetValue(key, out var kept))
        {
            return kept.Value;
        }

        // ExecutionAndPublication: of the requests that race here, one renders and the others wait for it.
        var fresh = new Lazy<TValue>(() => Render(key), LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = _entries.GetOrAdd(key, fresh);
        if (ReferenceEquals(entry, fresh))
        {
            _order.Enqueue(key);
            Trim();
        }

        try
        {
            return entry.Value;
        }
        catch
        {
            // Lazy keeps an exception; dropping the entry lets the next request try again.
            _entries.TryRemove(new KeyValuePair<TKey, Lazy<TValue>>(key, entry));
            throw;
        }
    }

    private TValue Render(TKey key)
    {
        Interlocked.Increment(ref _renders);
        return _render(key);
    }

    // Requests holding a dropped rendering keep using it; only the cache lets go.
    private void Trim()
    {
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }
    }
}
