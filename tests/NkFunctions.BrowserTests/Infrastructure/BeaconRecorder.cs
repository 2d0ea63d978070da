using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace NkFunctions.BrowserTests.Infrastructure;

/// <summary>
/// Intercepts the tracker's beacons (<c>POST **/api/events</c>) in the browser, answers 202 like the real endpoint,
/// and keeps each request body and content type for assertions. Nothing reaches a server.
/// </summary>
internal sealed class BeaconRecorder
{
    /// <summary>The path a test posts to (with a sentinel beacon) to prove every earlier beacon has been seen.</summary>
    public const string SentinelQuery = "?sentinel";

    private readonly ConcurrentQueue<Beacon> _beacons = new();

    private BeaconRecorder()
    {
    }

    /// <summary>Every intercepted request, sentinels included, in arrival order.</summary>
    public IReadOnlyList<Beacon> All => [.. _beacons];

    /// <summary>The tracker's beacons (sentinels left out).</summary>
    public IReadOnlyList<Beacon> Beacons => [.. _beacons.Where(b => !b.IsSentinel)];

    /// <summary>Every event of every beacon, in the order sent.</summary>
    public IReadOnlyList<JsonElement> Events => [.. Beacons.SelectMany(b => b.Body.GetProperty("events").EnumerateArray())];

    public static async Task<BeaconRecorder> AttachAsync(IPage page)
    {
        var recorder = new BeaconRecorder();
        await page.RouteAsync("**/api/events*", async route =>
        {
            var request = route.Request;
            var isSentinel = request.Url.EndsWith(SentinelQuery, StringComparison.Ordinal);
            request.Headers.TryGetValue("content-type", out var contentType);
            var body = isSentinel ? default : JsonDocument.Parse(request.PostData ?? "null").RootElement.Clone();
            recorder._beacons.Enqueue(new Beacon(request.Method, request.ResourceType, contentType ?? string.Empty, request.PostData ?? string.Empty, body, isSentinel));
            await route.FulfillAsync(new() { Status = 202 });
        });
        return recorder;
    }

    /// <summary>
    /// Sends a sentinel beacon from the page and waits for it: beacons leave in order, so once it has arrived,
    /// anything the tracker had sent before has arrived too. Proves absence without sleeping.
    /// </summary>
    public async Task DrainAsync(IPage page)
    {
        var before = _beacons.Count(b => b.IsSentinel);
        await page.EvaluateAsync("q => fetch('/api/events' + q, { method: 'POST', body: 'sentinel', keepalive: true })", SentinelQuery);
        await Eventually.GetAsync(
            () => _beacons.Count(b => b.IsSentinel) > before ? this : null,
            TimeSpan.FromSeconds(10),
            () => "the sentinel beacon");
    }

    /// <summary>Waits until some event satisfies <paramref name="match"/>.</summary>
    public Task<object> WaitForEventAsync(Func<JsonElement, bool> match, string what, TimeSpan? timeout = null) =>
        Eventually.GetAsync(
            () => Events.Any(match) ? (object)true : null,
            timeout ?? TimeSpan.FromSeconds(10),
            () => $"{what}; events so far: {string.Join(", ", Events.Select(e => e.GetRawText()))}");

    /// <summary>One intercepted request.</summary>
    /// <param name="ResourceType">How the page sent it: <c>ping</c> for navigator.sendBeacon, <c>fetch</c> for fetch.</param>
    public sealed record Beacon(string Method, string ResourceType, string ContentType, string RawBody, JsonElement Body, bool IsSentinel);
}
