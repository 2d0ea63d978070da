using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Bots;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Geo;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Ingestion.Plausible;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Analytics.Throttling;
using NkFunctions.Core.Http;
using NkFunctions.Core.Http.Filters;

namespace NkFunctions.Core.Analytics;

/// <summary>Registers reading analytics; called by both the Functions worker and the local host.</summary>
public static class AnalyticsRegistration
{
    /// <summary>The Functions setting that names the storage account (connection string locally).</summary>
    public const string StorageSetting = StorageClients.StorageSetting;

    /// <summary>Adds beacon ingestion: validated options, one TableServiceClient, enrichment, the group-commit writer.</summary>
    public static IServiceCollection AddNkAnalytics(this IServiceCollection services)
    {
        services.AddNkHttp();
        services.AddOptions<AnalyticsOptions>()
            .BindConfiguration(AnalyticsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnalyticsOptions>, StorageSettingValidation>());
        services.TryAddSingleton(TimeProvider.System);

        // One client for the app's lifetime: Azure SDK clients are thread-safe and pool their connections. Beacons
        // wait on storage, so fail fast into a 503 with Retry-After (the client retries) rather than hold requests
        // through long SDK back-offs.
        services.AddAzureClientsCore();
        services.TryAddSingleton(sp => StorageClients.Create(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<AzureComponentFactory>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<AnalyticsOptions>>().Value.StorageTimeoutSeconds),
            maxRetries: 1));
        services.TryAddSingleton<EventTable>();
        services.TryAddSingleton<WriterStats>();
        services.TryAddSingleton<GroupCommitWriter>();
        services.TryAddSingleton<PerEventWriter>();
        services.TryAddSingleton<IEventWriter>(sp => sp.GetRequiredService<IOptions<AnalyticsOptions>>().Value.WriteMode == WriteMode.PerEvent
            ? sp.GetRequiredService<PerEventWriter>()
            : sp.GetRequiredService<GroupCommitWriter>());
        services.TryAddSingleton<CrawlerList>();
        services.AddHostedService<CrawlerListWarmUp>();
        services.TryAddSingleton<UserAgentClassifier>();
        services.AddNkGeo();
        services.TryAddSingleton<ISaltStore, TableSaltStore>();
        services.TryAddSingleton<VisitorHasher>();
        services.TryAddSingleton<PlausibleDomains>();
        services.TryAddSingleton<BeaconIngestor>();

        // The rate limit is a request filter: both hosts run it before a beacon function (see IRequestFilter).
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<BeaconRateLimiter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRequestFilter, BeaconRateLimiter>(sp => sp.GetRequiredService<BeaconRateLimiter>()));
        return services;
    }
}
