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
    // Long: the first search waits for the index build, which at 10,000 articles takes a while on a busy machine.
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

    /// <summary>The <paramref name="p"/>-th percentile (0–100) by nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
