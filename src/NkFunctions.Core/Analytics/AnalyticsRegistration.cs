using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Analytics.Bots;
using NkFunctions.Core.Analytics.Enrichment;
using NkFunctions.Core.Analytics.Ingestion;
using NkFunctions.Core.Analytics.Storage;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Analytics;

/// <summary>Registers reading analytics; called by both the Functions worker and the local host.</summary>
public static class AnalyticsRegistration
{
    /// <summary>The Functions setting that names the storage account (connection string locally).</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>Adds beacon ingestion: validated options, one TableServiceClient, enrichment, the group-commit writer.</summary>
    public static IServiceCollection AddNkAnalytics(this IServiceCollection services)
    {
        services.AddNkHttp();
        services.AddOptions<AnalyticsOptions>()
            .BindConfiguration(AnalyticsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // One client for the app's lifetime: Azure SDK clients are thread-safe and pool their connections.
        services.TryAddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<IConfiguration>()[StorageSetting];
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new OptionsValidationException(StorageSetting, typeof(TableServiceClient), [$"{StorageSetting} must be set to a storage connection string (UseDevelopmentStorage=true for Azurite)."]);
            }

            var timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<AnalyticsOptions>>().Value.StorageTimeoutSeconds);
            var options = new TableClientOptions();

            // Beacons wait on storage: fail fast into a 503 with Retry-After (the client retries) rather than hold
            // requests through long SDK back-offs.
            options.Retry.MaxRetries = 1;
            options.Retry.Mode = RetryMode.Fixed;
            options.Retry.Delay = TimeSpan.FromMilliseconds(200);
            options.Retry.NetworkTimeout = timeout;
            return new TableServiceClient(connection, options);
        });
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
        services.TryAddSingleton<ISaltStore, TableSaltStore>();
        services.TryAddSingleton<VisitorHasher>();
        services.TryAddSingleton<BeaconIngestor>();
        return services;
    }
}
