using System.Globalization;
using System.Text.Json;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Reports;
using NkFunctions.IntegrationTests.Infrastructure;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>
/// host.json is production configuration nobody reads at run time here (the local host takes only its route prefix),
/// so these checks stand in: every setting is explained in docs/production.md, and the limits agree with each other
/// and with the app's own deadlines.
/// </summary>
public sealed class HostJsonSettingsTests
{
    private static readonly JsonElement HostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json"))).RootElement;

    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var path in LeafPaths(HostJson, prefix: null))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void EverySetting_ExplainedInProductionDocs(string setting)
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "production.md"));

        Assert.Contains($"| `{setting}` |", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionTimeout_AboveEveryRequestDeadlineOfTheApp_AndBounded()
    {
        var timeout = TimeSpan.Parse(HostJson.GetProperty("functionTimeout").GetString()!, CultureInfo.InvariantCulture);
        var beaconDeadline = TimeSpan.FromSeconds(new AnalyticsOptions().RequestTimeoutSeconds);
        var reportCall = TimeSpan.FromSeconds(new ReportOptions().StorageTimeoutSeconds);

        Assert.True(timeout > beaconDeadline, $"functionTimeout {timeout} must exceed the beacon deadline {beaconDeadline}");
        Assert.True(timeout > 3 * reportCall, $"functionTimeout {timeout} must leave room for a report's storage call and its retries ({reportCall} each)");
        Assert.True(timeout <= TimeSpan.FromHours(1), "An hour-long stuck run is an hour billed: keep the timeout tight.");
    }

    [Fact]
    public void HttpLimits_QueueAtLeastAsLargeAsConcurrency_ThrottlesOn()
    {
        var http = HostJson.GetProperty("extensions").GetProperty("http");

        Assert.True(http.GetProperty("maxOutstandingRequests").GetInt32() >= http.GetProperty("maxConcurrentRequests").GetInt32());
        Assert.True(http.GetProperty("dynamicThrottlesEnabled").GetBoolean());
        Assert.Equal("api", http.GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void TelemetryMode_OpenTelemetry()
    {
        // The worker exports through OpenTelemetry (docs/telemetry.md); the host must too, or requests and the
        // worker's spans land uncorrelated.
        Assert.Equal("OpenTelemetry", HostJson.GetProperty("telemetryMode").GetString());
    }

    private static IEnumerable<string> LeafPaths(JsonElement element, string? prefix)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield return prefix!;
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            foreach (var path in LeafPaths(property.Value, prefix is null ? property.Name : $"{prefix}.{property.Name}"))
            {
                yield return path;
            }
        }
    }
}
