namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>Bounded polling: browsers and beacons are asynchronous, fixed sleeps are either flaky or slow.</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value, or fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> what)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what()}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Polls a synchronous condition.</summary>
    public static Task<T> GetAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> what)
        where T : class =>
        GetAsync(() => Task.FromResult(probe()), timeout, what);
}
