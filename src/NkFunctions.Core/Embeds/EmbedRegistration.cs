using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content;
using NkFunctions.Core.Embeds.OEmbed;

namespace NkFunctions.Core.Embeds;

/// <summary>Registers partner embeds; called by both the Functions worker and the local host.</summary>
public static class EmbedRegistration
{
    /// <summary>Adds the embed pages, the loader, the oEmbed provider and the options they share with the content API.</summary>
    public static IServiceCollection AddNkEmbeds(this IServiceCollection services)
    {
        services.AddNkContent();
        services.AddNkPublicBase();
        services.TryAddSingleton<EmbedAssets>();
        services.TryAddSingleton(sp => new EmbedPagePolicy(sp.GetRequiredService<EmbedAssets>(), sp.GetRequiredService<IOptions<EmbedOptions>>().Value.FrameAncestors));
        services.TryAddSingleton<EmbedApi>();
        services.TryAddSingleton<OEmbedApi>();
        return services;
    }

    /// <summary>
    /// Adds the validated <see cref="EmbedOptions"/> and the <see cref="PublicBaseResolver"/> that every link is built
    /// with. The content API needs them too (its article document carries embed code), so it calls this as well.
    /// </summary>
    public static IServiceCollection AddNkPublicBase(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(PublicBaseResolver)))
        {
            return services;
        }

        services.AddOptions<EmbedOptions>()
            .BindConfiguration(EmbedOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.SiteUrl.Length == 0 || IsHttpUrl(o.SiteUrl, originOnly: false), "Embeds:SiteUrl must be empty or an absolute http(s) URL without query or fragment, e.g. 'https://nk.example'.")
            .Validate(o => o.PublicApiOrigin.Length == 0 || IsHttpUrl(o.PublicApiOrigin, originOnly: true), "Embeds:PublicApiOrigin must be empty or an origin like 'https://api.nk.example' (scheme, host, optional port; no path).")
            .Validate(o => o.FrameAncestors.All(IsFrameAncestor), "Embeds:FrameAncestors entries must be origins like 'https://clinic.example' or 'https://*.clinic.example' (no path).")
            .ValidateOnStart();
        services.AddSingleton<PublicBaseResolver>();
        return services;
    }

    private static bool IsHttpUrl(string value, bool originOnly) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && (!originOnly || uri.AbsolutePath == "/");

    // A CSP host source with a scheme: the host may start with "*." to allow a partner's subdomains.
    private static bool IsFrameAncestor(string value) =>
        IsHttpUrl(value.Replace("://*.", "://wildcard.", StringComparison.Ordinal), originOnly: true)
        && !value.Contains(' ', StringComparison.Ordinal) && !value.Contains(';', StringComparison.Ordinal) && !value.Contains(',', StringComparison.Ordinal);
}
