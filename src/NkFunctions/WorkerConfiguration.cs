using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NkFunctions.Core.Telemetry;
using NkFunctions.Middleware;

namespace NkFunctions;

/// <summary>The worker's whole set-up, callable from tests so what would only fail in Azure fails in CI.</summary>
public static class WorkerConfiguration
{
    /// <summary>ASP.NET Core integration, every app service, and the middleware that gives the real host what the local host does itself.</summary>
    public static FunctionsApplicationBuilder ConfigureNkWorker(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddNkApp(builder.Configuration);

        // With host.json's telemetryMode OpenTelemetry the host traces the request; these defaults make each
        // invocation's span its child and describe the app (service name, region, resource id) as Azure Monitor expects.
        if (TelemetrySettings.From(builder.Configuration).Exports)
        {
            builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        }

        // Order matters: the exception middleware wraps everything after it; filters run before any function.
        builder.UseMiddleware<ProblemExceptionMiddleware>();
        builder.UseMiddleware<RequestFilterMiddleware>();
        return builder;
    }
}
