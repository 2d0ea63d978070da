using System.Globalization;

namespace NkFunctions.Core.Content.Images;

/// <summary>An image file decoded once: the original and its smaller variants, with the URLs to reach them.</summary>
/// <param name="Original">The file as authored.</param>
/// <param name="Variants">Narrower copies, narrowest first; empty when the image is not wider than any variant width.</param>
/// <param name="Width">Intrinsic width after EXIF orientation.</param>
/// <param name="Height">Intrinsic height after EXIF orientation.</param>
/// <param name="UrlBase">What asset paths are appended to: <c>https://api.example/api</c> or <c>/api</c>.</param>
internal sealed record ProcessedImage(ImageAsset Original, IReadOnlyList<ImageAsset> Variants, int Width, int Height, string UrlBase)
{
    /// <summary>The original's URL.</summary>
    public string Src => Url(Original);

    /// <summary>The media type of the original and its variants.</summary>
    public string Type => Original.Representation.ContentType;

    /// <summary>Every file by width descriptor (variants, then the original), or null without variants.</summary>
    public string? Srcset => Variants.Count == 0
        ? null
        : string.Join(", ", Variants.Append(Original).Select(a => Url(a) + " " + a.Width.ToString(CultureInfo.InvariantCulture) + "w"));

    /// <summary>Every file to serve.</summary>
    public IEnumerable<ImageAsset> Assets => Variants.Prepend(Original);

    /// <summary>The image as a page needs it, with <paramref name="alt"/>.</summary>
    public ImageRef ToRef(string alt) => new(Src, alt, Width, Height, Type, Srcset);

    private string Url(ImageAsset asset) => UrlBase + "/" + asset.Path;
}
