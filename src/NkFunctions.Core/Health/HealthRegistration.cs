using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Analytics;

namespace NkFunctions.Core.Health;

/// <summary>Registers the readiness check; called by both the Functions worker and the local host.</summary>
public static class HealthRegistration
{
    /// <summary>Adds validated <see cref="HealthOptions"/>, the storage probe and the readiness report.</summary>
    public static IServiceCollection AddNkHealth(this IServiceCollection services)
    {
        // The probe goes through the beacons' own storage client, so it fails exactly when beacons would.
        services.AddNkAnalytics();
        services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<StorageProbe>();
        services.TryAddSingleton<ReadinessReport>();
        return services;
    }
}
