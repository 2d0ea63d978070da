using NkFunctions.Core.Content.Images;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content.Seo;

/// <summary>The image social cards and JSON-LD show for an article (its cover), when it has one.</summary>
/// <param name="Url">Absolute URL of the image.</param>
/// <param name="Alt">Its alternative text.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record SeoImage(string Url, string Alt, int Width, int Height)
{
    /// <summary>
    /// The card image of a cover. Open Graph and schema.org want an absolute URL, while a cover's <c>src</c> is
    /// path-absolute unless <c>Embeds:PublicApiOrigin</c> is set: it is resolved against the request's public API
    /// root. The original, not a variant: cards are shown large (Open Graph asks for 1200 px and up).
    /// </summary>
    public static SeoImage? From(ImageRef? cover, PublicBase publicBase)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        if (cover is null)
        {
            return null;
        }

        var url = Uri.TryCreate(cover.Src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.ToString()
            : new Uri(new Uri(publicBase.ApiRoot), cover.Src).ToString();
        return new SeoImage(url, cover.Alt, cover.Width, cover.Height);
    }
}
