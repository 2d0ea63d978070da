using NkFunctions.Core.Content;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The two public roots every link is built from: this API's (route prefix included, e.g. <c>https://api.example/api</c>)
/// and the site readers read articles on (e.g. <c>https://nk.example</c>). Neither ends with a slash.
/// </summary>
/// <param name="ApiRoot">Scheme, host and route prefix of this API.</param>
/// <param name="SiteRoot">Base URL that article page paths are appended to.</param>
public sealed record PublicBase(string ApiRoot, string SiteRoot)
{
    /// <summary>The article's public page.</summary>
    public string PageUrl(ArticleMetadata article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return SiteRoot + article.PagePath;
    }

    /// <summary>The article's public page, at a section when one is given (<c>…#{sectionId}</c>).</summary>
    public string PageUrl(ArticleMetadata article, string? sectionId) =>
        sectionId is null ? PageUrl(article) : PageUrl(article) + "#" + Uri.EscapeDataString(sectionId);

    /// <summary>The embed page of an article (lead and contents) or of one section.</summary>
    public string EmbedUrl(string slug, string? sectionId = null) =>
        ApiRoot + "/embed/" + Uri.EscapeDataString(slug) + (sectionId is null ? string.Empty : "/" + Uri.EscapeDataString(sectionId));

    /// <summary>The oEmbed endpoint asked about a public page URL.</summary>
    public string OEmbedUrl(string pageUrl, string format = "json") =>
        ApiRoot + "/oembed?url=" + Uri.EscapeDataString(pageUrl) + "&format=" + format;

    /// <summary>The loader script partners include once per page.</summary>
    public string LoaderUrl => ApiRoot + "/embed.js";

    /// <summary>The reading tracker.</summary>
    public string TrackerUrl => ApiRoot + "/nk.js";
}
