using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NkFunctions.IntegrationTests.Hosting;

/// <summary>The real worker's container (Program.cs's set-up) with and without telemetry settings.</summary>
public sealed class WorkerTelemetryTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint=http://127.0.0.1:9/";

    [Fact]
    public void ConnectionStringSet_TracerAndMeterProviders_WithFunctionsResourceAndOurOptions()
    {
        var builder = WorkerBuilders.Create((TelemetrySettings.ConnectionStringSetting, ConnectionString));
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var tracer = host.Services.GetService<TracerProvider>();
        Assert.NotNull(tracer);
        Assert.NotNull(host.Services.GetService<MeterProvider>());

        // UseFunctionsWorkerDefaults' resource detector marks the telemetry as the isolated worker's (cloud.* come from Azure's settings).
        Assert.Contains(tracer.GetResource().Attributes, a => a.Key == "ai.sdk.prefix" && a.Value is string prefix && prefix.StartsWith("dotnetiso", StringComparison.Ordinal));

        var exporter = host.Services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);
        Assert.Equal(ConnectionString, exporter.ConnectionString);
        Assert.False(exporter.EnableLiveMetrics);
        Assert.Null(exporter.Credential);
        Assert.DoesNotContain(Path.GetFullPath(Directory.GetCurrentDirectory()), Path.GetFullPath(exporter.StorageDirectory), StringComparison.Ordinal);
    }

    [Fact]
    public void AuthenticationStringSet_ExporterUsesTheManagedIdentity()
    {
        var builder = WorkerBuilders.Create(
            (TelemetrySettings.ConnectionStringSetting, ConnectionString),
            (TelemetrySettings.AuthenticationSetting, "Authorization=AAD;ClientId=11111111-2222-3333-4444-555555555555"));
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        var exporter = host.Services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName);
        Assert.IsType<ManagedIdentityCredential>(exporter.Credential);
    }

    [Fact]
    public void NoTelemetrySetting_NoSdk_MetricsStillResolve_OptionsValid()
    {
        var builder = WorkerBuilders.Create();
        builder.ConfigureNkWorker();
        using var host = builder.Build();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.NotNull(host.Services.GetRequiredService<NkMetrics>());

        // What ValidateOnStart checks when the host starts.
        host.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void MalformedConnectionString_FailsAtStartUp_NamingTheSetting()
    {
        var builder = WorkerBuilders.Create((TelemetrySettings.ConnectionStringSetting, "InstrumentationKey=not-a-guid"));

        var error = Assert.Throws<OptionsValidationException>(() => builder.ConfigureNkWorker());

        Assert.Contains(TelemetrySettings.ConnectionStringSetting, error.Message, StringComparison.Ordinal);
    }
}
