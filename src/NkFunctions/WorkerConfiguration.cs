using Microsoft.Azure.Functions.Worker.Builder;

namespace NkFunctions;

/// <summary>The worker's whole set-up, callable from tests so what would only fail in Azure fails in CI.</summary>
public static class WorkerConfiguration
{
    /// <summary>ASP.NET Core integration plus every app service.</summary>
    public static FunctionsApplicationBuilder ConfigureNkWorker(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddNkApp(builder.Configuration);
        return builder;
    }
}
