using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using NkFunctions.Core.Analytics.Ingestion;
using Xunit.Abstractions;

namespace NkFunctions.IntegrationTests.Security.Properties;

/// <summary>
/// Generated requests against one endpoint of the running local host, over real HTTP, with real Azurite behind the
/// beacons and reports: <see cref="Cases"/> per endpoint per run (<c>NK_PROPERTY_CASES</c> to change it). Properties:
/// never a 5xx; every 4xx is problem+json with a code and a detail; every response says nosniff; and the beacon
/// endpoints store exactly the events they acknowledged, so a refused request stored nothing.
/// </summary>
internal sealed class EndpointProperty(PropertyHostFixture fixture, ITestOutputHelper output)
{
    public static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("NK_PROPERTY_CASES"), CultureInfo.InvariantCulture, out var n) ? n : 10_000;

    public async Task CheckAsync(string function)
    {
        var endpoint = EndpointTable.All.Single(e => e.Function == function);
        var storedBefore = (await fixture.Host.EventsAsync()).Count;
        var tally = new Tally();

        await endpoint.Probes.SampleAsync(probe => CheckAsync(endpoint, probe, tally), iter: Cases, threads: 16, print: p => p.ToString());

        var stored = (await fixture.Host.EventsAsync()).Count - storedBefore;
        output.WriteLine($"{function}: {tally.Requests} generated requests; statuses {tally.Describe()}; events acknowledged {tally.AcceptedEvents}, stored {stored}");
        Assert.True(tally.Requests >= Cases, $"{tally.Requests} requests for {Cases} cases");
        Assert.Equal(tally.AcceptedEvents, stored);
    }

    private async Task CheckAsync(EndpointCase endpoint, Probe probe, Tally tally)
    {
        using var request = probe.ToRequest(fixture.Host.Server.BaseAddress);
        using var response = await fixture.Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync();
        tally.Add(status);
        var text = Encoding.UTF8.GetString(body);

        Check(status < 500 || endpoint.Allowed5xx.Contains(status), $"{status} {Cut(text)}", probe);
        var target = response.RequestMessage?.RequestUri?.PathAndQuery ?? string.Empty;
        if (status == 414 && probe.Method.Length + 1 + target.Length + " HTTP/1.1\r\n".Length > KestrelMaxRequestLine)
        {
            // Past Kestrel's default request-line limit, which the Functions host keeps too: Kestrel's bare 414, no app code.
            Check(body.Length == 0, $"414 past the transport limit with a body: {Cut(text)}", probe);
            return;
        }

        var path = ServerPath(response.RequestMessage?.RequestUri?.AbsolutePath ?? string.Empty);
        if (status == 404 && !CatchAll.TryMatch(new PathString(path), new RouteValueDictionary()))
        {
            // Not even the app's catch-all route matches (dot segments left the prefix, empty segments): the Functions
            // host's router passes, and its pipeline ends in a bare 404, no app involved. Same Route class, same answer.
            Check(body.Length == 0, $"404 outside the prefix with a body: {Cut(text)}", probe);
            return;
        }

        if (status == 204 && path == "/")
        {
            // Dot segments led to the site root, which the Functions host answers itself (its disabled homepage: a bare
            // 204, no app involved; the local host mirrors it, see DisabledHomepage).
            Check(body.Length == 0, $"204 at the site root with a body: {Cut(text)}", probe);
            return;
        }

        if (status == 401 && !endpoint.Bearer)
        {
            // The Functions host answers a missing or wrong key itself, before the app: a bare 401 (the local host mirrors it).
            Check(endpoint.NeedsKey && body.Length == 0, $"401 from an endpoint that needs no key, or with a body: {Cut(text)}", probe);
            return;
        }

        Check(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{status} without nosniff", probe);
        Check(!text.Contains("   at ", StringComparison.Ordinal), "a stack trace in the body", probe);
        if (status >= 400)
        {
            Check(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {Cut(text)}", probe);
            if (probe.Method != "HEAD")
            {
                var problem = JsonDocument.Parse(body).RootElement;
                Check(problem.GetProperty("status").GetInt32() == status, "problem status differs", probe);
                Check(problem.GetProperty("code").GetString() is { Length: > 0 }, "problem without code", probe);
                Check(problem.GetProperty("detail").GetString() is { Length: > 0 }, "problem without detail", probe);
            }
        }

        if (status == 202 && BeaconEndpoints.Contains(endpoint.Function))
        {
            tally.Accepted(JsonDocument.Parse(body).RootElement.GetProperty("accepted").GetInt32());
        }
    }

    // Kestrel's default MaxRequestLineSize (KestrelServerLimits), under both hosts.
    private const int KestrelMaxRequestLine = 8192;

    private static readonly TemplateMatcher CatchAll = new(TemplateParser.Parse("api/{*path}"), new RouteValueDictionary());

    // The path as Kestrel (under either host) routes it: "%2e" decoded, then "." and ".." segments removed (RFC 3986).
    private static string ServerPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase).Split('/').Skip(1))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        // RFC 3986 5.2.4: a final "." or ".." leaves a trailing slash ("/a/b/.." is "/a/").
        var last = path.Replace("%2e", ".", StringComparison.OrdinalIgnoreCase).Split('/')[^1];
        if (last is "." or "..")
        {
            segments.Add(string.Empty);
        }

        return "/" + string.Join('/', segments);
    }

    private static void Check(bool condition, string failure, Probe probe)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure + " for " + probe);
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private sealed class Tally
    {
        private readonly ConcurrentDictionary<int, int> _statuses = new();
        private long _acceptedEvents;

        public long Requests => _statuses.Values.Sum();

        public long AcceptedEvents => Interlocked.Read(ref _acceptedEvents);

        public void Add(int status) => _statuses.AddOrUpdate(status, 1, (_, count) => count + 1);

        public void Accepted(int events) => Interlocked.Add(ref _acceptedEvents, events);

        public string Describe() => string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
    }
}
