using Microsoft.Extensions.Logging;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// The search index of the catalog being served, built once per catalog snapshot: at start-up in the background
/// (<see cref="SearchStartup"/>), or by the first search after a reload. Concurrent searches wait for one build.
/// </summary>
internal sealed class SearchIndexCache(ILogger logger)
{
    private Slot? _slot;

    /// <summary>The index of <paramref name="catalog"/>.</summary>
    public SearchIndex For(ContentCatalog catalog)
    {
        var slot = Volatile.Read(ref _slot);
        if (slot is null || !ReferenceEquals(slot.Catalog, catalog))
        {
            var fresh = new Slot(catalog, new Lazy<SearchIndex>(() => Build(catalog), LazyThreadSafetyMode.ExecutionAndPublication));
            // The old index is left to the collector, not disposed: searches in flight may still read it.
            var seen = Interlocked.CompareExchange(ref _slot, fresh, slot);
            slot = ReferenceEquals(seen, slot) ? fresh : seen!;
            if (!ReferenceEquals(slot.Catalog, catalog))
            {
                // Another thread swapped in a different snapshot meanwhile: this request searches its own.
                slot = fresh;
            }
        }

        return slot.Index.Value;
    }

    private SearchIndex Build(ContentCatalog catalog)
    {
        var index = SearchIndex.Build(catalog.Published);
        SearchLog.Built(logger, catalog.Published.Count, index.SectionCount, (long)index.BuildTime.TotalMilliseconds);
        return index;
    }

    private sealed record Slot(ContentCatalog Catalog, Lazy<SearchIndex> Index);
}
