using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Reports.Retention;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Core.Reports;

/// <summary>Registers readership reports; called by both the Functions worker and the local host.</summary>
public static class ReportsRegistration
{
    /// <summary>Adds the stats API's services, rollups and retention.</summary>
    public static IServiceCollection AddNkReports(this IServiceCollection services)
    {
        services.AddNkAnalytics();
        services.TryAddSingleton<RollupJob>();
        services.TryAddSingleton<RetentionJob>();
        return services;
    }
}
