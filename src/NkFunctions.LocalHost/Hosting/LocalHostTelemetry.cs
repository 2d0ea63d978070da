using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>
/// The local host's part of telemetry: it is the ASP.NET Core app that receives the requests (in Azure the Functions
/// host traces them), so it adds ASP.NET Core's request spans to whatever tracing <c>AddNkTelemetry</c> set up, and
/// keeps its console-only lines (a generated function key) out of exported logs.
/// </summary>
internal static class LocalHostTelemetry
{
    /// <summary>The request spans apply only when a tracer provider is built (an exporter is configured).</summary>
    public static IServiceCollection AddLocalHostTelemetry(this IServiceCollection services) =>
        services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation())
            .AddLogging(logging => logging.AddFilter<OpenTelemetryLoggerProvider>(Log.ConsoleOnlyCategory, LogLevel.None));
}
