using SkiaSharp;

namespace NkFunctions.Core.Content.Images;

/// <summary>The image formats served, and how each is sniffed and re-encoded.</summary>
internal static class ImageFormats
{
    /// <summary>Widths of the responsive variants; an image gets each one it is wider than (never upscaled).</summary>
    public static readonly int[] VariantWidths = [480, 960, 1440];

    // Lossy qualities for variants: the usual web defaults (visually clean, about a third of quality 100's bytes).
    private const int JpegQuality = 82;
    private const int WebpQuality = 80;

    /// <summary>The media type of a served format, or null for one we do not serve.</summary>
    public static string? MediaType(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => "image/jpeg",
        SKEncodedImageFormat.Png => "image/png",
        SKEncodedImageFormat.Webp => "image/webp",
        SKEncodedImageFormat.Gif => "image/gif",
        _ => null,
    };

    /// <summary>
    /// Whether variants are made: not for GIF, which Skia cannot encode and whose animation a still variant would lose.
    /// </summary>
    public static bool HasVariants(SKEncodedImageFormat format) => format is not SKEncodedImageFormat.Gif;

    /// <summary>The quality passed to the encoder (ignored by PNG, which is lossless).</summary>
    public static int Quality(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => JpegQuality,
        SKEncodedImageFormat.Webp => WebpQuality,
        _ => 100,
    };

    /// <summary>
    /// SVG is refused by name and by content: an SVG is a document that can run scripts when opened from our origin, and
    /// Skia does not decode it anyway.
    /// </summary>
    public static bool LooksLikeSvg(string fileName, ReadOnlySpan<byte> head)
    {
        if (fileName.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".svgz", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]);
        return text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
