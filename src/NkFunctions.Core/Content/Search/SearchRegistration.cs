using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NkFunctions.Core.Content.Search;

/// <summary>Registers full-text search; called by <see cref="ContentRegistration.AddNkContent"/>, after the content's start-up.</summary>
public static class SearchRegistration
{
    /// <summary>Adds the search API and the background build of its index.</summary>
    public static IServiceCollection AddNkSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The builder is a service only so that tests can hold or fail a build; the app registers none.
        services.TryAddSingleton(sp => new SearchIndexCache(
            sp.GetService<SearchIndexBuilder>() ?? SearchIndex.Build,
            TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<SearchOptions>>().Value.MaxWaitMilliseconds),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SearchIndexCache>>()));
        services.TryAddSingleton<SearchApi>();
        services.AddHostedService<SearchStartup>();
        return services;
    }
}
