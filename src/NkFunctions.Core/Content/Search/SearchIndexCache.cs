using Microsoft.Extensions.Logging;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Content.Search;

/// <summary>
/// The search index of the catalog being served, built once per catalog snapshot in the background: at start-up
/// (<see cref="SearchStartup"/>), or started by the first search after a reload. A search waits a bounded time
/// (<see cref="SearchOptions.MaxWaitMilliseconds"/>) for a build in progress, then is told when to come back rather
/// than hang; one build runs at a time whatever the number of searches waiting.
/// </summary>
/// <remarks>
/// After a reload the previous snapshot's index is not used, although it is built: its results name articles and
/// sections of content no longer served (an article deleted or a heading renamed in the preview would be a result
/// whose URL answers 404) and its snippets quote text the author has just changed. Reloads happen only in preview
/// mode, where the content is small and the new index is built well within the wait, so the 503 is rarely seen; a
/// stale answer would look like a bug in the edit.
/// </remarks>
public sealed class SearchIndexCache
{
    /// <summary>
    /// After a failed build, searches answer 503 this long before one starts another: a build that fails every time
    /// (a bug, memory) must not turn every search into a full build.
    /// </summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    // A Retry-After further ahead than this is a guess too far: clients should look again sooner.
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    private readonly SearchIndexBuilder _build;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Slot? _slot;

    // The last successful build's duration in ticks, to estimate Retry-After of the next; -1 before the first.
    private long _lastBuildTicks = -1;

    internal SearchIndexCache(SearchIndexBuilder build, TimeSpan maxWait, TimeProvider time, ILogger logger)
    {
        _build = build;
        _maxWait = maxWait;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// The index of the catalog <paramref name="current"/> returns, starting its build if none is running, and waiting
    /// for a build in progress at most the configured time.
    /// </summary>
    internal async Task<SearchIndexState> GetAsync(Func<ContentCatalog> current, CancellationToken cancellationToken)
    {
        var slot = SlotFor(current);
        if (!slot.Index.IsCompleted && _maxWait > TimeSpan.Zero)
        {
            // A timeout, a failed build and a cancelled request all end the wait; the state below says which it was.
            await ((Task)slot.Index).WaitAsync(_maxWait, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return State(slot);
    }

    /// <summary>Starts building the index of <paramref name="catalog"/> unless it is built or being built; does not wait.</summary>
    internal void Start(ContentCatalog catalog) => SlotFor(() => catalog);

    private Slot SlotFor(Func<ContentCatalog> current)
    {
        while (true)
        {
            var catalog = current();
            var slot = Volatile.Read(ref _slot);
            if (slot is not null && ReferenceEquals(slot.Catalog, catalog) && !RetryDue(slot))
            {
                return slot;
            }

            var fresh = new Slot(catalog, _time.GetUtcNow());
            if (ReferenceEquals(Interlocked.CompareExchange(ref _slot, fresh, slot), slot))
            {
                // The old index is left to the collector, not disposed: searches in flight may still read it.
                _ = Task.Run(() => Build(fresh), CancellationToken.None);
                return fresh;
            }

            // Another search put a slot in meanwhile (the same catalog, most likely): look again.
        }
    }

    private void Build(Slot slot)
    {
        try
        {
            var index = _build(slot.Catalog.Published);
            Interlocked.Exchange(ref _lastBuildTicks, (_time.GetUtcNow() - slot.StartedAt).Ticks);
            SearchLog.Built(_logger, slot.Catalog.Published.Count, index.SectionCount, (long)index.BuildTime.TotalMilliseconds);
            slot.Completion.SetResult(index);
        }
#pragma warning disable CA1031 // Any failure of a background build becomes a 503 and a retry, never an unobserved crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            slot.FailedAt = _time.GetUtcNow();
            SearchLog.BuildFailed(_logger, ex, slot.Catalog.Published.Count);
            slot.Completion.SetException(ex);

            // Logged above; reading it marks it observed, so it is not reported again as an unobserved task exception.
            _ = slot.Index.Exception;
        }
    }

    private bool RetryDue(Slot slot) => slot.Index.IsFaulted && _time.GetUtcNow() - slot.FailedAt >= RetryDelay;

    private SearchIndexState State(Slot slot)
    {
        var index = slot.Index;
        if (index.IsCompletedSuccessfully)
        {
            return new(SearchIndexStatus.Ready, index.Result, TimeSpan.Zero);
        }

        var now = _time.GetUtcNow();
        if (index.IsFaulted)
        {
            return new(SearchIndexStatus.Failed, null, Bounded(RetryDelay - (now - slot.FailedAt)));
        }

        // Expect this build to take as long as the last one; before any has finished, as long again as it has run.
        var elapsed = now - slot.StartedAt;
        var last = Interlocked.Read(ref _lastBuildTicks);
        return new(SearchIndexStatus.Building, null, Bounded(last < 0 ? elapsed : TimeSpan.FromTicks(last) - elapsed));
    }

    // At least a second (a zero invites a retry storm), at most MaxRetryAfter.
    private static TimeSpan Bounded(TimeSpan retryAfter) =>
        retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter > MaxRetryAfter ? MaxRetryAfter : retryAfter;

    private sealed class Slot(ContentCatalog catalog, DateTimeOffset startedAt)
    {
        public ContentCatalog Catalog { get; } = catalog;

        public DateTimeOffset StartedAt { get; } = startedAt;

        // Continuations run off the building thread, so a waiting search never runs on (or delays) the build's.
        public TaskCompletionSource<SearchIndex> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<SearchIndex> Index => Completion.Task;

        public DateTimeOffset FailedAt { get; set; }
    }
}
