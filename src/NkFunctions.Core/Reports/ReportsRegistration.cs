using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Content;
using NkFunctions.Core.Reports.Raw;
using NkFunctions.Core.Reports.Realtime;
using NkFunctions.Core.Reports.Retention;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Core.Reports;

/// <summary>Registers readership reports; called by both the Functions worker and the local host.</summary>
public static class ReportsRegistration
{
    /// <summary>Adds the stats API, rollups and retention (and the analytics and content services they read).</summary>
    public static IServiceCollection AddNkReports(this IServiceCollection services)
    {
        services.AddNkContent();
        services.AddNkAnalytics();
        services.AddOptions<ReportOptions>()
            .BindConfiguration(ReportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => new ReportStorage(StorageClients.Create(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<AzureComponentFactory>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<ReportOptions>>().Value.StorageTimeoutSeconds),
            maxRetries: 2)));
        services.TryAddSingleton<ReportEventTable>();
        services.TryAddSingleton<ReportCalendar>();
        services.TryAddSingleton<RawEventReader>();
        services.TryAddSingleton<RollupTable>();
        services.TryAddSingleton<RollupStore>();
        services.TryAddSingleton<DayRollup>();
        services.TryAddSingleton<DayAggregates>();
        services.TryAddSingleton<StatsApi>();
        services.TryAddSingleton<RealtimeReader>();
        services.TryAddSingleton<RealtimeApi>();
        services.TryAddSingleton<RollupJob>();
        services.TryAddSingleton<RetentionJob>();
        return services;
    }
}
