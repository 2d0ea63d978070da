using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Telemetry;

/// <summary>Our own telemetry switches (configuration section <c>Telemetry</c>), validated at start-up.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// Azure Monitor Live Metrics. Off unless asked for: it keeps a connection to the live-metrics service and
    /// samples every request, which a consumption-billed app should not pay for by default.
    /// </summary>
    public bool EnableLiveMetrics { get; set; }

    /// <summary>
    /// Where the Azure Monitor exporter keeps telemetry it could not send yet (retried later). Default: a folder under
    /// the system temp directory, never the app or repository folder.
    /// </summary>
    [MinLength(1)]
    public string? OfflineStorageDirectory { get; set; }

    /// <summary>
    /// Most traces (requests with their dependencies and logs) sent to Azure Monitor per second per instance; the
    /// rest are sampled out, counted in the kept items' sample rate. Metrics are never sampled. 5 is the exporter's
    /// own default: a bounded ingestion bill under a flood.
    /// </summary>
    [Range(0.01, 100_000)]
    public double TracesPerSecond { get; set; } = 5;

    /// <summary>Turns the exporter's offline retry storage off (telemetry that fails to send is dropped).</summary>
    public bool DisableOfflineStorage { get; set; }

    /// <summary>The offline storage folder in force.</summary>
    internal string ResolvedOfflineStorageDirectory =>
        OfflineStorageDirectory ?? Path.Combine(Path.GetTempPath(), "nkfunctions-telemetry");
}
