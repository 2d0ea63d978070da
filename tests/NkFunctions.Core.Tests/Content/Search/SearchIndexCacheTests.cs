using Microsoft.Extensions.Logging.Abstractions;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Search;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Tests.Analytics;

namespace NkFunctions.Core.Tests.Content.Search;

/// <summary>The index cache's states: ready, building (bounded wait, Retry-After), failed (503, then a retry), and reloads.</summary>
public sealed class SearchIndexCacheTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly ContentCatalog _catalog;
    private readonly ManualResetEventSlim _gate = new(initialState: true);
    private int _builds;
    private int _failuresLeft;
    private TimeSpan _buildTakes = TimeSpan.Zero;

    public SearchIndexCacheTests()
    {
        _catalog = ContentCatalog.Build(SearchCorpus.Articles, _time.GetUtcNow());
    }

    public void Dispose() => _gate.Dispose();

    [Fact]
    public async Task Get_BuiltIndex_ReadyAndBuiltOnce()
    {
        var cache = Cache(Long);

        var first = await cache.GetAsync(() => _catalog, CancellationToken.None);
        var second = await cache.GetAsync(() => _catalog, CancellationToken.None);

        Assert.Equal(SearchIndexStatus.Ready, first.Status);
        Assert.NotNull(first.Index);
        Assert.Same(first.Index, second.Index);
        Assert.Equal(1, _builds);
    }

    [Fact]
    public async Task Get_WhileBuildIsHeld_BuildingAfterTheBoundedWaitThenReady()
    {
        _gate.Reset();
        var cache = Cache(TimeSpan.FromMilliseconds(200));

        var started = TimeProvider.System.GetTimestamp();
        var held = await cache.GetAsync(() => _catalog, CancellationToken.None);
        var waited = TimeProvider.System.GetElapsedTime(started);

        Assert.Equal(SearchIndexStatus.Building, held.Status);
        Assert.Null(held.Index);
        Assert.True(held.RetryAfter >= TimeSpan.FromSeconds(1), $"Retry-After {held.RetryAfter}");
        Assert.InRange(waited, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(10));

        _gate.Set();
        await WaitForAsync(cache, _catalog, SearchIndexStatus.Ready);
        Assert.Equal(1, _builds);
    }

    [Fact]
    public async Task Get_ZeroWait_AnswersAtOnceWhileBuilding()
    {
        _gate.Reset();
        var cache = Cache(TimeSpan.Zero);

        var started = TimeProvider.System.GetTimestamp();
        var state = await cache.GetAsync(() => _catalog, CancellationToken.None);

        Assert.Equal(SearchIndexStatus.Building, state.Status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(2));
        _gate.Set();
    }

    [Fact]
    public async Task Get_ManyConcurrentSearches_OneBuild()
    {
        _gate.Reset();
        var cache = Cache(Long);

        var searches = Enumerable.Range(0, 16).Select(_ => Task.Run(() => cache.GetAsync(() => _catalog, CancellationToken.None))).ToList();
        await Task.Delay(100);
        _gate.Set();
        var states = await Task.WhenAll(searches);

        Assert.All(states, s => Assert.Equal(SearchIndexStatus.Ready, s.Status));
        Assert.Single(states.Select(s => s.Index).Distinct());
        Assert.Equal(1, _builds);
    }

    [Fact]
    public async Task Get_RetryAfter_IsTheLastBuildsDurationLessTheTimeSpentSoFar()
    {
        var cache = Cache(TimeSpan.Zero);
        _buildTakes = TimeSpan.FromSeconds(10);
        await WaitForAsync(cache, _catalog, SearchIndexStatus.Ready);

        _buildTakes = TimeSpan.Zero;
        _gate.Reset();
        var reloaded = ContentCatalog.Build(SearchCorpus.Articles, _time.GetUtcNow());
        var justStarted = await cache.GetAsync(() => reloaded, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4));
        var later = await cache.GetAsync(() => reloaded, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(20));
        var overdue = await cache.GetAsync(() => reloaded, CancellationToken.None);
        _gate.Set();

        Assert.Equal((SearchIndexStatus.Building, TimeSpan.FromSeconds(10)), (justStarted.Status, justStarted.RetryAfter));
        Assert.Equal(TimeSpan.FromSeconds(6), later.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), overdue.RetryAfter);
    }

    [Fact]
    public async Task Get_AfterAReload_NeverAnswersWithTheOldIndex()
    {
        var cache = Cache(TimeSpan.Zero);
        await WaitForAsync(cache, _catalog, SearchIndexStatus.Ready);

        _gate.Reset();
        var reloaded = ContentCatalog.Build(SearchCorpus.Articles.Take(2), _time.GetUtcNow());
        var state = await cache.GetAsync(() => reloaded, CancellationToken.None);
        _gate.Set();
        var ready = await WaitForAsync(cache, reloaded, SearchIndexStatus.Ready);

        Assert.Equal(SearchIndexStatus.Building, state.Status);
        Assert.Null(state.Index);
        Assert.Equal(2, ready.Index!.Search(SearchTerms.Parse("placenta", ready.Index.Analyzer), null, 0, 10).Total);
        Assert.Equal(2, _builds);
    }

    [Fact]
    public async Task Get_FailedBuild_FailedUntilTheRetryDelayThenBuildsAgain()
    {
        _failuresLeft = 1;
        var logger = new CapturingLogger<SearchIndexCache>();
        var cache = new SearchIndexCache(Build, Long, _time, logger);

        var failed = await cache.GetAsync(() => _catalog, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var stillFailed = await cache.GetAsync(() => _catalog, CancellationToken.None);
        Assert.Equal(1, _builds);
        _time.Advance(SearchIndexCache.RetryDelay);
        var retried = await cache.GetAsync(() => _catalog, CancellationToken.None);

        Assert.Equal((SearchIndexStatus.Failed, SearchIndexCache.RetryDelay), (failed.Status, failed.RetryAfter));
        Assert.Null(failed.Index);
        Assert.Equal((SearchIndexStatus.Failed, TimeSpan.FromSeconds(1)), (stillFailed.Status, stillFailed.RetryAfter));
        Assert.Equal(SearchIndexStatus.Ready, retried.Status);
        Assert.Equal(2, _builds);
        var logged = Assert.Single(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Equal((1102, "Test build failure."), (logged.EventId.Id, logged.Exception?.Message));
    }

    [Fact]
    public async Task Start_BuildsInTheBackgroundWithoutWaiting()
    {
        _gate.Reset();
        var cache = Cache(TimeSpan.Zero);

        cache.Start(_catalog);
        var held = await cache.GetAsync(() => _catalog, CancellationToken.None);
        _gate.Set();
        await WaitForAsync(cache, _catalog, SearchIndexStatus.Ready);

        Assert.Equal(SearchIndexStatus.Building, held.Status);
        Assert.Equal(1, _builds);
    }

    private static async Task<SearchIndexState> WaitForAsync(SearchIndexCache cache, ContentCatalog catalog, SearchIndexStatus status)
    {
        for (var i = 0; i < 200; i++)
        {
            var state = await cache.GetAsync(() => catalog, CancellationToken.None);
            if (state.Status == status)
            {
                return state;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The cache never became {status}.");
    }

    private SearchIndexCache Cache(TimeSpan maxWait) => new(Build, maxWait, _time, NullLogger.Instance);

    private SearchIndex Build(IReadOnlyList<Article> published)
    {
        Interlocked.Increment(ref _builds);
        _gate.Wait(TimeSpan.FromSeconds(30));
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Test build failure.");
        }

        _time.Advance(_buildTakes);
        return SearchIndex.Build(published);
    }
}
