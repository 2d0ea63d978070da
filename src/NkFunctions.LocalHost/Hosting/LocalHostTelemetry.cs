using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// The local host's part of telemetry: it is the ASP.NET Core app that receives the requests (in Azure the Functions
/// host traces them), so it adds ASP.NET Core's request spans to whatever tracing <c>AddNkTelemetry</c> set up.
/// </summary>
internal static class LocalHostTelemetry
{
    /// <summary>Applies only when a tracer provider is built (an exporter is configured); otherwise adds nothing.</summary>
    public static IServiceCollection AddLocalHostTelemetry(this IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation());
}
