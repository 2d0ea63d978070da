namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// The image URL base prerendered HTML is written with. The real base is configuration of the deployment
/// (<c>Embeds:PublicApiOrigin</c>, set to the app's host name in Azure), unknown when the package is built, so the
/// build renders under a base no author writes (the reserved <c>.invalid</c> domain, RFC 6761) and the start-up
/// swaps in its own.
/// </summary>
internal static class PrerenderImageBase
{
    /// <summary>The origin the build renders image URLs under.</summary>
    public const string SentinelOrigin = "https://prerender.nk-image-base.invalid";

    /// <summary>The image URL base the build renders with.</summary>
    public static readonly string Sentinel = Images.ImageUrls.Base(SentinelOrigin);

    /// <summary>The article with its image URLs under <paramref name="imageBase"/>; unchanged when it has no images.</summary>
    public static Article Rebase(Article article, bool hasImages, string imageBase)
    {
        if (!hasImages || imageBase == Sentinel)
        {
            return article;
        }

        var sections = article.Sections.Select(s => s with { Html = Swap(s.Html, imageBase)! }).ToList();
        var cover = article.Cover is { } c ? c with { Src = Swap(c.Src, imageBase)!, Srcset = Swap(c.Srcset, imageBase) } : null;
        return article with { Sections = sections, Cover = cover };
    }

    private static string? Swap(string? text, string imageBase) => text?.Replace(Sentinel, imageBase, StringComparison.Ordinal);
}
