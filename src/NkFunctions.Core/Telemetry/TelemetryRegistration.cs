using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NkFunctions.Core.Telemetry;

/// <summary>
/// Registers the app's metrics, and OpenTelemetry tracing, metrics and logs with the exporters the standard settings
/// ask for (docs/telemetry.md). Called by both hosts through <c>AddNkApp</c>; each host adds its own request source
/// (the worker: <c>UseFunctionsWorkerDefaults</c>; the local host: ASP.NET Core instrumentation).
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>
    /// The Table Storage SDK's own spans: one per client call (a transaction, an upsert, a query page), however many
    /// HTTP attempts its retries make, and without URLs. HttpClient instrumentation would give one span per attempt,
    /// each with a URL whose query holds the OData filter.
    /// </summary>
    public const string TableStorageSource = "Azure.Data.Tables.*";

    /// <summary>
    /// Azure.Core (1.63, the version Azure.Data.Tables and the exporter resolve to) creates its ActivitySources only
    /// behind this switch, read once per process on first use: set it before the first client call.
    /// </summary>
    public const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>Adds <see cref="NkMetrics"/> always; the OpenTelemetry SDK and exporters only when a setting asks for one.</summary>
    /// <exception cref="OptionsValidationException">A telemetry setting is malformed (the message names it).</exception>
    public static IServiceCollection AddNkTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettings.From(configuration);

        // Set even when nothing exports: it is read once per process, and costs nothing while no one listens.
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);
        services.AddMetrics();
        services.TryAddSingleton<NkMetrics>();
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (!settings.Exports)
        {
            // Nothing would leave the process: skip the SDK and its per-request spans; in-process listeners still see the meter.
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(TableStorageSource)
                .AddProcessor<PrivacyProcessor>())
            .WithMetrics(metrics => metrics.AddMeter(TelemetryNames.Meter))
            .WithLogging();

        // Exported logs follow host.json's production levels (Warning, our own categories at Information): host.json
        // governs the host's logs only, and the worker exports its own. Named here too, because the request spans
        // already carry method, route and status and these categories would repeat them with the full URL (query, so
        // ?code= keys, included) or the storage SDK's per-call chatter, whatever a configured default says.
        services.AddLogging(logging => logging
            .AddFilter<OpenTelemetryLoggerProvider>(null, LogLevel.Warning)
            .AddFilter<OpenTelemetryLoggerProvider>("NkFunctions", LogLevel.Information)
            .AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter<OpenTelemetryLoggerProvider>("System.Net.Http", LogLevel.Warning)
            .AddFilter<OpenTelemetryLoggerProvider>("Azure", LogLevel.Warning));

        if (settings.ConnectionString is not null)
        {
            telemetry.UseAzureMonitorExporter();
            services.AddOptions<AzureMonitorExporterOptions>().Configure<IOptions<TelemetryOptions>>((exporter, own) =>
            {
                exporter.ConnectionString = settings.ConnectionString;
                exporter.EnableLiveMetrics = own.Value.EnableLiveMetrics;
                exporter.TracesPerSecond = own.Value.TracesPerSecond;
                exporter.DisableOfflineStorage = own.Value.DisableOfflineStorage;
                exporter.StorageDirectory = own.Value.ResolvedOfflineStorageDirectory;
                if (settings.UseEntraId)
                {
                    // Application Insights with local authentication disabled accepts only Entra ID tokens.
                    exporter.Credential = new ManagedIdentityCredential(settings.ManagedIdentityClientId is { } clientId
                        ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                        : ManagedIdentityId.SystemAssigned);
                }
            });
        }

        if (settings.OtlpEndpoint is not null)
        {
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT (and the other OTEL_EXPORTER_OTLP_* settings) from configuration itself.
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
