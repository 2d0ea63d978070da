using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Reports.Sharing;

// In the Reports namespace, beside AddNkReports, so the app's registration needs no extra using.
namespace NkFunctions.Core.Reports;

/// <summary>Registers shared links; called by both the Functions worker and the local host.</summary>
public static class SharedLinksRegistration
{
    /// <summary>Adds shared links (minting, the token check, the shared reads) and the reports they read.</summary>
    public static IServiceCollection AddNkSharedLinks(this IServiceCollection services)
    {
        services.AddNkReports();
        services.AddOptions<SharedLinkOptions>()
            .BindConfiguration(SharedLinkOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<SharedLinkTable>();
        services.TryAddSingleton<SharedLinkStore>();
        services.TryAddSingleton<SharedLinkValidator>();
        services.TryAddSingleton<SharedLinksApi>();
        services.TryAddSingleton<SharedStatsApi>();
        return services;
    }
}
