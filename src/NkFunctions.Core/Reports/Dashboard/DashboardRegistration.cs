using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Http;
using NkFunctions.Core.Reports.Dashboard;

// In the Reports namespace, beside AddNkReports, so the app's registration needs no extra using.
namespace NkFunctions.Core.Reports;

/// <summary>Registers the analysts' dashboard; called by both the Functions worker and the local host.</summary>
public static class DashboardRegistration
{
    /// <summary>Adds the dashboard's page and assets (read once) and its endpoints.</summary>
    public static IServiceCollection AddNkDashboard(this IServiceCollection services)
    {
        services.AddNkHttp();
        services.TryAddSingleton<DashboardAssets>();
        services.TryAddSingleton<DashboardEndpoints>();
        return services;
    }
}
