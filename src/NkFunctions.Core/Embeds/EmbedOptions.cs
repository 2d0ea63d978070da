using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Embeds;

/// <summary>Partner embeds and the public addresses they link to (configuration section <c>Embeds</c>), validated at start-up.</summary>
public sealed class EmbedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Embeds";

    /// <summary>
    /// Where readers find the articles: the front end's base URL, to which each article's <c>pagePath</c> is
    /// appended (e.g. <c>https://nk.example</c>). Empty: this API's own origin, where the local host serves the demo
    /// reader at every page path. Embeds, oEmbed and attribution links all point here.
    /// </summary>
    public string SiteUrl { get; set; } = string.Empty;

    /// <summary>
    /// The API's public origin as partners reach it (e.g. <c>https://api.nk.example</c> behind a CDN). Empty: the
    /// scheme and host of each request, which is right whenever requests arrive under the public name.
    /// </summary>
    public string PublicApiOrigin { get; set; } = string.Empty;

    /// <summary>
    /// Origins allowed to frame the embed pages (CSP <c>frame-ancestors</c>). Empty: any page may embed them,
    /// like a video player; list partner origins to allow only them.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>The oEmbed <c>provider_name</c>, shown by consumers next to embeds.</summary>
    [Required]
    [MinLength(1)]
    [MaxLength(100)]
    public string ProviderName { get; set; } = "NK Cells in Pregnancy";

    /// <summary>Width of an embed when the consumer sets no <c>maxwidth</c>, in CSS pixels.</summary>
    [Range(EmbedSize.MinWidth, 2000)]
    public int DefaultWidth { get; set; } = 600;
}
