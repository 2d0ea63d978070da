using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NkFunctions.Core.Content.Search;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content;

/// <summary>Registers the content feature; called by both the Functions worker and the local host.</summary>
public static class ContentRegistration
{
    /// <summary>Adds content loading, the pre-rendered catalog, the content API and its start-up validation.</summary>
    public static IServiceCollection AddNkContent(this IServiceCollection services)
    {
        services.AddNkHttp();
        services.AddNkPublicBase();
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .Validate(o => Directory.Exists(o.ResolvedRoot), "Content:Root must name an existing folder (default: the 'content' folder beside the app).")
            .ValidateOnStart();
        services.AddOptions<Feeds.FeedOptions>()
            .BindConfiguration(Feeds.FeedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<Seo.SeoOptions>()
            .BindConfiguration(Seo.SeoOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidUrls(), "Seo:PublisherUrl and Seo:PublisherLogo must be empty or absolute http(s) URLs.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ContentLoader>();
        services.TryAddSingleton<ContentStore>();
        services.TryAddSingleton<ContentApi>();
        services.TryAddSingleton<Listing.ListingApi>();
        services.TryAddSingleton<Feeds.FeedApi>();
        services.TryAddSingleton<Sitemap.SitemapApi>();
        services.TryAddSingleton<HealthReport>();
        services.TryAddSingleton<Images.ImageApi>();
        services.AddHostedService<ContentStartup>();
        services.AddNkSearch();
        return services;
    }
}
