using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NkFunctions.Core.Http;

/// <summary>Registers the HTTP conventions shared by every feature (CORS, caching, problem details).</summary>
public static class HttpRegistration
{
    /// <summary>Adds validated CORS and caching options and the result factory; safe to call more than once.</summary>
    public static IServiceCollection AddNkHttp(this IServiceCollection services)
    {
        services.AddOptions<CorsOptions>()
            .BindConfiguration(CorsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedOrigins.All(IsOriginOrWildcard), "Cors:AllowedOrigins entries must be '*' or an origin like 'https://example.org' (scheme, host, optional port; no path).")
            .ValidateOnStart();
        services.AddOptions<CachingOptions>()
            .BindConfiguration(CachingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ResponseConventions>();
        services.TryAddSingleton<ApiResults>();
        return services;
    }

    private static bool IsOriginOrWildcard(string origin) =>
        origin == "*" ||
        (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query));
}
