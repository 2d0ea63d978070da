using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Content;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Health;
using NkFunctions.Core.Reports;
using NkFunctions.Core.Telemetry;
using NkFunctions.OpenApi;
using NkFunctions.Routing;

namespace NkFunctions;

/// <summary>
/// Every service the functions need, registered in one call that both the Functions worker (Program.cs) and the
/// local host make, so the two hosts can never drift apart.
/// </summary>
public static class AppServices
{
    /// <summary>Adds each feature's registration and the app's own services.</summary>
    public static IServiceCollection AddNkApp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddNkTelemetry(configuration);
        services.AddNkContent();
        services.AddNkEmbeds();
        services.AddNkAnalytics();
        services.AddNkReports();
        services.AddNkDashboard();
        services.AddNkSharedLinks();
        services.AddNkHealth();
        services.AddSingleton<OpenApiDocument>();
        services.AddSingleton<NkFunctions.Core.Analytics.Tracker.TrackerScript>();
        services.AddSingleton<HttpRouteTable>();
        return services;
    }
}
