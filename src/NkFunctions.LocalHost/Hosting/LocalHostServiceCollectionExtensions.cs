using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NkFunctions.LocalHost.Keys;

namespace NkFunctions.LocalHost.Hosting;

/// <summary>Registers what the local host itself needs (not the app's services: those come from AddNkApp).</summary>
internal static class LocalHostServiceCollectionExtensions
{
    /// <summary>
    /// Reads functions.metadata and host.json from <paramref name="appDirectory"/> now, so a broken build fails before
    /// anything listens, and fixes the function key for this run.
    /// </summary>
    public static IServiceCollection AddFunctionsLocalHost(this IServiceCollection services, IConfiguration configuration, string appDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton(LocalHostFunctions.Load(appDirectory));
        services.AddSingleton(FunctionKey.FromConfiguration(configuration));
        return services;
    }
}
