using System.Security.Cryptography;
using NkFunctions.Core.Http;
using SkiaSharp;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Decodes an image file with SkiaSharp, measures it, and makes its responsive variants: one per
/// <see cref="ImageFormats.VariantWidths"/> width narrower than the image, in the original's format (so a PNG with
/// transparency stays a PNG, and a front end's type hint stays true). Variants of one image are encoded in parallel.
/// </summary>
internal static class ImageProcessor
{
    /// <summary>How many hex digits of the SHA-256 name a file: 64 bits, no collision within any real site.</summary>
    public const int HashLength = 16;

    /// <summary>The hash that names <paramref name="bytes"/> in URLs.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes))[..HashLength];

    /// <summary>Processes one file; returns the image, or a message an author can act on.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="fileName">Its name, used in the URLs.</param>
    /// <param name="urlBase">What asset paths are appended to.</param>
    public static (ProcessedImage? Image, string? Error) Process(byte[] bytes, string fileName, string urlBase)
    {
        if (ImageFormats.LooksLikeSvg(fileName, bytes))
        {
            return (null, "is an SVG image, which is not served because SVG can carry scripts; export it as PNG or WebP");
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return (null, "is not an image that can be decoded; use JPEG, PNG, WebP or GIF");
        }

        var format = codec.EncodedFormat;
        if (ImageFormats.MediaType(format) is not { } mediaType)
        {
            return (null, $"is a {format} image; only JPEG, PNG, WebP and GIF are served");
        }

        var swap = ImageOrientation.SwapsAxes(codec.EncodedOrigin);
        var width = swap ? codec.Info.Height : codec.Info.Width;
        var height = swap ? codec.Info.Width : codec.Info.Height;
        var original = new ImageAsset(Hash(bytes), fileName, width, Representation.FromBytes(bytes, mediaType));
        var widths = ImageFormats.HasVariants(format) ? ImageFormats.VariantWidths.Where(w => w < width).ToArray() : [];
        if (widths.Length == 0)
        {
            return (new ProcessedImage(original, [], width, height, urlBase), null);
        }

        using var decoded = DecodeForWidth(codec, widths[^1], swap);
        if (decoded is null)
        {
            return (null, "could not be decoded: the file is damaged or truncated");
        }

        var upright = ImageOrientation.Apply(decoded, codec.EncodedOrigin);
        try
        {
            var variants = new ImageAsset[widths.Length];
            Parallel.For(0, widths.Length, i => variants[i] = Variant(upright, widths[i], height * widths[i] / width, format, fileName, mediaType));
            return (new ProcessedImage(original, variants, width, height, urlBase), null);
        }
        finally
        {
            if (!ReferenceEquals(upright, decoded))
            {
                upright.Dispose();
            }
        }
    }

    /// <summary>The file name of a variant: <c>photo.jpg</c> at 480 px is <c>photo-480w.jpg</c>.</summary>
    public static string VariantName(string fileName, int width) =>
        Path.GetFileNameWithoutExtension(fileName) + "-" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "w" + Path.GetExtension(fileName);

    // JPEG decoders can scale by M/8 while decoding (libjpeg-turbo's DCT scaling), several times faster than decoding
    // every pixel and then throwing most away: decode at the smallest such size still at least as wide as the widest
    // variant. Other codecs answer with their full size, and a scale that would come out narrower is not taken.
    private static SKBitmap? DecodeForWidth(SKCodec codec, int widestVariant, bool swapsAxes)
    {
        var fullWidth = swapsAxes ? codec.Info.Height : codec.Info.Width;
        var scaled = codec.GetScaledDimensions((float)widestVariant / fullWidth);
        var scaledWidth = swapsAxes ? scaled.Height : scaled.Width;
        return scaledWidth >= widestVariant && scaled.Width < codec.Info.Width
            ? SKBitmap.Decode(codec, codec.Info.WithSize(scaled))
            : SKBitmap.Decode(codec);
    }

    private static ImageAsset Variant(SKBitmap source, int width, int height, SKEncodedImageFormat format, string fileName, string mediaType)
    {
        // Mitchell cubic: the resampler Skia's own image scaling defaults to for high quality, sharp without ringing.
        using var resized = source.Resize(new SKImageInfo(width, Math.Max(1, height), source.ColorType, source.AlphaType, source.ColorSpace), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException($"Skia could not resize {fileName} to {width} px.");
        using var pixmap = resized.PeekPixels();
        using var encoded = pixmap.Encode(format, ImageFormats.Quality(format))
            ?? throw new InvalidOperationException($"Skia could not encode {fileName} as {format}.");
        var bytes = encoded.ToArray();
        return new ImageAsset(Hash(bytes), VariantName(fileName, width), width, Representation.FromBytes(bytes, mediaType));
    }
}
