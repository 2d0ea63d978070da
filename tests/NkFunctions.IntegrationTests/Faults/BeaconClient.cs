using System.Collections.Concurrent;
using System.Net;
using NkFunctions.IntegrationTests.Analytics;

namespace NkFunctions.IntegrationTests.Faults;

/// <summary>
/// A well-behaved beacon sender under faults: it posts each beacon until it is acknowledged (202), waiting the
/// answer's Retry-After (capped, to keep tests short) after a 503 or 429, and records every event id that was
/// acknowledged and every answer it got.
/// </summary>
internal sealed class BeaconClient(HttpClient http, string forwardedFor)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(500);

    public ConcurrentBag<string> Acknowledged { get; } = [];

    public ConcurrentDictionary<HttpStatusCode, int> Answers { get; } = new();

    public ConcurrentBag<string> Violations { get; } = [];

    /// <summary>Sends <paramref name="beacons"/> beacons of three events, each until acknowledged or <paramref name="stop"/>.</summary>
    public async Task RunAsync(int beacons, CancellationToken stop)
    {
        for (var b = 0; b < beacons && !stop.IsCancellationRequested; b++)
        {
            var pv = Beacons.NewPageView();
            var body = Beacons.Body(pv, Beacons.PageView(pv, 0), Beacons.Section(pv, 1, "introduction"), Beacons.Engagement(pv, 2, 4000, 30));
            while (!stop.IsCancellationRequested)
            {
                HttpResponseMessage response;
                try
                {
                    response = await http.SendAsync(Beacons.Post(body, forwardedFor: forwardedFor), stop);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(MaxWait, stop);
                    continue;
                }

                using (response)
                {
                    Answers.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        foreach (var n in new[] { 0, 1, 2 })
                        {
                            Acknowledged.Add($"{pv}-{n}");
                        }

                        break;
                    }

                    if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests)
                        || response.Headers.RetryAfter?.Delta is not { } retryAfter
                        || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        Violations.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} retry-after={response.Headers.RetryAfter}");
                        break;
                    }

                    await Task.Delay(retryAfter < MaxWait ? retryAfter : MaxWait, stop);
                }
            }
        }
    }
}
