using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Http.Filters;

namespace NkFunctions.Core.Http;

/// <summary>Registers the HTTP conventions shared by every feature (CORS, caching, problem details, request limits).</summary>
public static class HttpRegistration
{
    /// <summary>Adds validated CORS, caching and request-limit options, the result factory and the request filters; safe to call more than once.</summary>
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
        services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ResponseConventions>();
        services.TryAddSingleton<ApiResults>();

        // Limits first: a request over them is refused before any other filter spends anything on it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRequestFilter, RequestLimitsFilter>());
        services.TryAddSingleton<RequestFilters>();
        return services;
    }

    private static bool IsOriginOrWildcard(string origin) =>
        origin == "*" ||
        (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query));
}
