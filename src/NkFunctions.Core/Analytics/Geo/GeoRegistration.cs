using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Analytics.Geo;

/// <summary>Registers the country lookup used at ingest; part of <see cref="AnalyticsRegistration.AddNkAnalytics"/>.</summary>
public static class GeoRegistration
{
    /// <summary>Adds the validated <see cref="GeoOptions"/>, one <see cref="CountryDatabase"/> and its start-up warm-up.</summary>
    public static IServiceCollection AddNkGeo(this IServiceCollection services)
    {
        services.AddOptions<GeoOptions>()
            .BindConfiguration(GeoOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GeoOptions>, GeoOptionsValidation>());
        services.TryAddSingleton<CountryDatabase>();
        services.AddHostedService<CountryDatabaseWarmUp>();
        return services;
    }
}
