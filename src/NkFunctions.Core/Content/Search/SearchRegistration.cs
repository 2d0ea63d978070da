using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NkFunctions.Core.Content.Search;

/// <summary>Registers full-text search; called by <see cref="ContentRegistration.AddNkContent"/>, after the content's start-up.</summary>
public static class SearchRegistration
{
    /// <summary>Adds the search API and the background build of its index.</summary>
    public static IServiceCollection AddNkSearch(this IServiceCollection services)
    {
        services.TryAddSingleton<SearchApi>();
        services.AddHostedService<SearchStartup>();
        return services;
    }
}
