using System.Collections.Concurrent;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// Renderings that depend on the content snapshot and on the public base (absolute links), kept per base for the
/// snapshot they were made from. A few bases at most are kept: the Host header is the client's to choose, so a
/// stream of invented hosts is rendered per request rather than allowed to grow memory.
/// </summary>
/// <typeparam name="T">What is rendered per base.</typeparam>
internal sealed class BaseBoundCache<T>
    where T : class
{
    /// <summary>How many bases one snapshot keeps renderings for.</summary>
    public const int Capacity = 8;

    private Slot? _current;

    /// <summary>The rendering for <paramref name="publicBase"/> of <paramref name="snapshot"/>, made by <paramref name="render"/> once.</summary>
    public T Get<TSnapshot>(TSnapshot snapshot, PublicBase publicBase, Func<TSnapshot, PublicBase, T> render)
        where TSnapshot : class
    {
        ArgumentNullException.ThrowIfNull(render);
        var current = Volatile.Read(ref _current);
        if (current is null || !ReferenceEquals(current.Snapshot, snapshot))
        {
            // A reload made a new snapshot: start over (a race here only costs a rendering).
            current = new Slot(snapshot, new ConcurrentDictionary<PublicBase, T>());
            Volatile.Write(ref _current, current);
        }

        // The resolver hands back one instance per public base, so the usual request is a reference comparison.
        if (Volatile.Read(ref current.Last) is { } last && ReferenceEquals(last.Base, publicBase))
        {
            return last.Value;
        }

        var entries = current.Entries;
        if (!entries.TryGetValue(publicBase, out var value))
        {
            var made = render(snapshot, publicBase);
            if (entries.Count >= Capacity)
            {
                return made;
            }

            value = entries.GetOrAdd(publicBase, made);
        }

        Volatile.Write(ref current.Last, new Hit(publicBase, value));
        return value;
    }

    private sealed class Slot(object snapshot, ConcurrentDictionary<PublicBase, T> entries)
    {
        public object Snapshot { get; } = snapshot;

        public ConcurrentDictionary<PublicBase, T> Entries { get; } = entries;

        public Hit? Last;
    }

    private sealed record Hit(PublicBase Base, T Value);
}
