using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Telemetry;
using NkFunctions.IntegrationTests.Analytics;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.IntegrationTests.Telemetry;

/// <summary>
/// End to end through the real Azure Monitor exporter into a fake ingestion endpoint: canary traffic in, then the
/// envelopes hold requests, Table Storage dependencies, logs and our metrics, and none of the canary's personal data
/// or keys anywhere in the raw payloads.
/// </summary>
/// <remarks>
/// Alone (<see cref="ExportingHosts"/>): OpenTelemetry subscribes to activity sources and meters by name, process-wide,
/// so a host's exporter would also see the spans and the <c>NkFunctions</c> meters of other tests' hosts running
/// beside it. In production there is one host per process.
/// </remarks>
[Collection(ExportingHosts.Name)]
public sealed class AzureMonitorExportTests
{
    private const string CanaryIp = "203.0.113.77";
    private const string CanaryAgentToken = "CanaryKite/9.4.1";
    private const string CanaryAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 " + CanaryAgentToken;
    private const string CanaryReferrerPath = "zq-private-path";
    private const string CanaryReferrerQuery = "zq-secret=4242";
    private const string CanaryReferrer = "https://canary-referrer.example/" + CanaryReferrerPath + "/?" + CanaryReferrerQuery;

    static AzureMonitorExportTests() =>
        // The exporter's own usage reports (statsbeat) go to Microsoft's endpoint, unreachable from a test.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");

    [Fact]
    public async Task CanaryTraffic_ExportsRequestsDependenciesAndMetrics_WithoutPersonalData()
    {
        using var ingestion = new FakeIngestion();
        var host = await BeaconHost.StartAsync(ExporterArgs(ingestion));
        try
        {
            var pv = Beacons.NewPageView();
            var body = JsonSerializer.Serialize(new
            {
                article = Beacons.Article,
                pageview = pv,
                referrer = CanaryReferrer,
                events = new[] { Beacons.PageView(pv), Beacons.Section(pv, 1, "introduction"), Beacons.Engagement(pv, 2, 5000, 50) },
            });
            await SendAsync(host, Beacons.Post(body, userAgent: CanaryAgent, forwardedFor: CanaryIp), HttpStatusCode.Accepted);
            await SendAsync(host, Beacons.Post("{\"article\":", userAgent: CanaryAgent, forwardedFor: CanaryIp), HttpStatusCode.BadRequest);
            await SendAsync(
                host,
                Beacons.Post($$"""{"name":"pageview","url":"https://site.example/articles/nk-cells-in-pregnancy","domain":"site.example","referrer":"{{CanaryReferrer}}"}""", "application/json", "/api/event", CanaryAgent, CanaryIp),
                HttpStatusCode.Accepted);
            await SendAsync(host, new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats/summary?code=" + LocalHostServer.FunctionKey, UriKind.Relative)), HttpStatusCode.OK);
        }
        finally
        {
            // Stopping the host shuts the providers down, which exports whatever is still buffered.
            await host.DisposeAsync();
        }

        Assert.All(ingestion.Paths, path => Assert.Equal("/v2.1/track", path));
        var envelopes = ingestion.Envelopes();

        var requests = Items(envelopes, "Request");
        var accepted = Assert.Single(requests, r => Name(r) == "POST /api/events" && Code(r) == "202");
        Assert.Single(requests, r => Name(r) == "POST /api/events" && Code(r) == "400");
        Assert.Single(requests, r => Name(r) == "POST /api/event" && Code(r) == "202");
        Assert.Single(requests, r => Name(r) == "GET /api/stats/summary" && Code(r) == "200");
        Assert.All(requests, r => Assert.DoesNotContain("?", r.GetProperty("data").GetProperty("baseData").GetProperty("url").GetString(), StringComparison.Ordinal));

        // The beacon's storage writes are dependencies, children of its request: one per SDK call (the first write
        // of a run may be two transactions around creating the table), each named by the Tables client.
        var requestId = accepted.GetProperty("data").GetProperty("baseData").GetProperty("id").GetString();
        var writes = Items(envelopes, "RemoteDependency").Where(d => ParentId(d) == requestId).ToList();
        Assert.Contains(writes, d => Name(d) == "TableClient.SubmitTransaction");
        Assert.All(writes, d => Assert.Contains("Microsoft.Tables", d.GetProperty("data").GetProperty("baseData").GetProperty("type").GetString(), StringComparison.Ordinal));

        Assert.Contains(Items(envelopes, "Message"), m => m.GetProperty("data").GetProperty("baseData").GetProperty("message").GetString()!.StartsWith("Loaded 1 article", StringComparison.Ordinal));

        var metrics = Items(envelopes, "Metric").Select(m => m.GetProperty("data").GetProperty("baseData")).ToList();
        Assert.Equal(1, MetricSum(metrics, TelemetryNames.EventsAccepted, ("nk.event.type", "pageview"), ("nk.beacon.source", "tracker"), ("nk.client.kind", "human")));
        Assert.Equal(1, MetricSum(metrics, TelemetryNames.EventsAccepted, ("nk.event.type", "section"), ("nk.beacon.source", "tracker")));
        Assert.Equal(1, MetricSum(metrics, TelemetryNames.EventsAccepted, ("nk.event.type", "engagement"), ("nk.beacon.source", "tracker")));
        Assert.Equal(1, MetricSum(metrics, TelemetryNames.EventsAccepted, ("nk.event.type", "pageview"), ("nk.beacon.source", "plausible")));
        Assert.Equal(4, MetricSum(metrics, TelemetryNames.EventsAccepted));
        Assert.Equal(1, MetricSum(metrics, TelemetryNames.RequestsRejected, ("nk.reject.reason", "invalid-json")));
        Assert.Equal((4, 2), HistogramSumAndCount(metrics, TelemetryNames.BeaconBatchSize));
        Assert.Equal(4, HistogramSumAndCount(metrics, TelemetryNames.StorageBatchSize).Sum);

        AssertNoCanary(ingestion, CanaryIp, CanaryAgentToken, CanaryReferrerPath, CanaryReferrerQuery, LocalHostServer.FunctionKey);
    }

    [Fact]
    public async Task GeneratedKeys_PrintedOnTheConsole_NeverExported()
    {
        using var ingestion = new FakeIngestion();

        // Empty NK_FUNCTION_KEY and NK_ADMIN_KEY (overriding the fixture's) make the local host generate both and print them once.
        var server = await LocalHostServer.StartAsync(null, [.. ExporterArgs(ingestion), "--NK_FUNCTION_KEY=", "--NK_ADMIN_KEY="]);
        var key = server.Services.GetRequiredService<FunctionKey>();
        await server.DisposeAsync();

        Assert.Equal(FunctionKeySource.Generated, key.Source);
        Assert.True(key.AdminGenerated);
        Assert.Contains(Items(ingestion.Envelopes(), "Message"), m => m.GetProperty("data").GetProperty("baseData").GetProperty("message").GetString() == "Functions:");
        AssertNoCanary(ingestion, key.Value, key.AdminValue);
    }

    private static string[] ExporterArgs(FakeIngestion ingestion) =>
        [$"--{TelemetrySettings.ConnectionStringSetting}={ingestion.ConnectionString}", "--Telemetry:DisableOfflineStorage=true", "--Telemetry:TracesPerSecond=100000"];

    private static void AssertNoCanary(FakeIngestion ingestion, params string[] canaries)
    {
        Assert.NotEmpty(ingestion.Payloads);
        foreach (var payload in ingestion.Payloads)
        {
            foreach (var canary in canaries)
            {
                Assert.False(payload.Contains(canary, StringComparison.OrdinalIgnoreCase), $"'{canary}' was exported: ...{Around(payload, canary)}...");
            }
        }
    }

    private static string Around(string payload, string canary)
    {
        var at = payload.IndexOf(canary, StringComparison.OrdinalIgnoreCase);
        return payload.Substring(Math.Max(0, at - 200), Math.Min(payload.Length - Math.Max(0, at - 200), 300));
    }

    private static List<JsonElement> Items(IEnumerable<JsonElement> envelopes, string kind) =>
        [.. envelopes.Where(e => e.GetProperty("name").GetString()!.EndsWith(kind, StringComparison.Ordinal))];

    private static string? Name(JsonElement item) => item.GetProperty("data").GetProperty("baseData").GetProperty("name").GetString();

    private static string? Code(JsonElement item) => item.GetProperty("data").GetProperty("baseData").GetProperty("responseCode").GetString();

    private static string? ParentId(JsonElement item) =>
        item.GetProperty("tags").TryGetProperty("ai.operation.parentId", out var parent) ? parent.GetString() : null;

    private static double MetricSum(List<JsonElement> metrics, string name, params (string Key, string Value)[] tags) =>
        metrics
            .Where(m => m.GetProperty("metrics")[0].GetProperty("name").GetString() == name)
            .Where(m => tags.All(t => m.TryGetProperty("properties", out var p) && p.TryGetProperty(t.Key, out var v) && v.GetString() == t.Value))
            .Sum(m => m.GetProperty("metrics")[0].GetProperty("value").GetDouble());

    private static (double Sum, int Count) HistogramSumAndCount(List<JsonElement> metrics, string name)
    {
        var points = metrics.Select(m => m.GetProperty("metrics")[0]).Where(p => p.GetProperty("name").GetString() == name).ToList();
        return (points.Sum(p => p.GetProperty("value").GetDouble()), points.Sum(p => p.TryGetProperty("count", out var c) ? c.GetInt32() : 1));
    }

    private static async Task SendAsync(BeaconHost host, HttpRequestMessage request, HttpStatusCode expected)
    {
        using (request)
        {
            request.Headers.Referrer = new Uri(CanaryReferrer);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
        }
    }
}
