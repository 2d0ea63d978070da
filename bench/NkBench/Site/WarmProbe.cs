using System.Diagnostics;
using System.Net;
using NkBench.Hosting;

namespace NkBench.Site;

/// <summary>
/// Requests against a started host, one at a time over one kept-alive connection: the latency of a request on its
/// own (no queueing behind other requests), and the size and time of big documents (feeds, sitemap).
/// </summary>
internal static class WarmProbe
{
    // Long: a feed or sitemap at 10,000 articles takes a while on a busy machine.
    private static readonly HttpClient Client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>Milliseconds of each of <paramref name="count"/> sequential GETs of <paramref name="url"/>, after <paramref name="warmUp"/> unrecorded ones.</summary>
    public static async Task<List<double>> SequentialAsync(Uri url, int count, int warmUp)
    {
        var times = new List<double>(count);
        for (var i = -warmUp; i < count; i++)
        {
            var (ms, _) = await GetAsync(url).ConfigureAwait(false);
            if (i >= 0)
            {
                times.Add(ms);
            }
        }

        return times;
    }

    /// <summary>One GET that must answer 200: its time in milliseconds (to the last byte) and the body's length.</summary>
    public static async Task<(double Milliseconds, long Bytes)> GetAsync(Uri url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "*/*");
        var started = Stopwatch.GetTimestamp();
        using var response = await Client.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? (elapsed, body.LongLength)
            : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}, not 200.");
    }

    /// <summary>
    /// GETs <paramref name="url"/> until it answers 200: a search answers 503 while its index is being built. The time
    /// from the first request to that 200, and its body's length. Polls every 100 ms rather than waiting out
    /// <c>Retry-After</c> (whole seconds), so the time says when the index was ready to within a poll.
    /// </summary>
    public static async Task<(double Milliseconds, long Bytes)> GetWhenReadyAsync(Uri url)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept", "*/*");
            using var response = await Client.SendAsync(request).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return response.StatusCode == HttpStatusCode.OK
                    ? (Stopwatch.GetElapsedTime(started).TotalMilliseconds, body.LongLength)
                    : throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}, not 200.");
            }

            await Task.Delay(100).ConfigureAwait(false);
        }
    }

    /// <summary>The <paramref name="p"/>-th percentile (0–100) by nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
