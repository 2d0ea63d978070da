using NkFunctions.Core.Http;

namespace NkFunctions.Core.Tests.Http;

/// <summary>The bounded render-on-first-use cache behind article documents and embed pages (issue 16, scale).</summary>
public sealed class RenderCacheTests
{
    [Fact]
    public async Task Get_ParallelFirstRequests_OneRenderPerKey()
    {
        var renders = new int[8];
        using var start = new ManualResetEventSlim();
        var cache = new RenderCache<int, string>(100, key =>
        {
            Interlocked.Increment(ref renders[key]);
            Thread.Sleep(20); // long enough for the other requests to arrive while it renders
            return "page " + key;
        });

        var requests = Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            start.Wait();
            return (Key: i % 8, Value: cache.Get(i % 8));
        })).ToList();
        start.Set();
        var answers = await Task.WhenAll(requests);

        Assert.All(renders, count => Assert.Equal(1, count));
        Assert.All(answers, a => Assert.Equal("page " + a.Key, a.Value));
        Assert.Equal(8, cache.Renders);
        Assert.Equal(8, cache.Count);
    }

    [Fact]
    public void Get_PastCapacity_KeepsAtMostCapacityDroppingTheOldest()
    {
        var cache = new RenderCache<int, object>(3, key => new object());

        var first = cache.Get(1);
        cache.Get(2);
        cache.Get(3);
        Assert.Same(first, cache.Get(1)); // kept: no new rendering
        cache.Get(4);

        Assert.Equal(3, cache.Count);
        Assert.Equal(4, cache.Renders);
        Assert.NotSame(first, cache.Get(1)); // 1 was the oldest: dropped, made again
        Assert.Equal(5, cache.Renders);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Get_ManyKeysFromManyThreads_NeverHoldsMoreThanCapacityAfterward()
    {
        var cache = new RenderCache<int, int>(50, key => key * 2);

        Parallel.For(0, 5_000, i => Assert.Equal((i % 700) * 2, cache.Get(i % 700)));

        Assert.InRange(cache.Count, 1, 50);
    }

    [Fact]
    public void Get_RenderThrows_NotKept_NextRequestTriesAgain()
    {
        var fail = true;
        var cache = new RenderCache<string, string>(4, key => fail ? throw new InvalidOperationException("broken") : key.ToUpperInvariant(), StringComparer.Ordinal);

        Assert.Throws<InvalidOperationException>(() => cache.Get("a"));
        fail = false;

        Assert.Equal("A", cache.Get("a"));
        Assert.Equal(2, cache.Renders);
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderCache<int, int>(0, key => key));
}
