using SkiaSharp;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Applies a JPEG's EXIF orientation to decoded pixels. Browsers rotate the original by its EXIF tag
/// (CSS <c>image-orientation: from-image</c>), but re-encoded variants carry no EXIF, so their pixels must be turned
/// already; and width/height must be the turned size or the page reserves the wrong box.
/// </summary>
/// <remarks>The eight cases follow the EXIF 2.32 specification, tag 0x0112 (Orientation), values 1 to 8.</remarks>
internal static class ImageOrientation
{
    /// <summary>True when the orientation swaps width and height (EXIF 5 to 8).</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Returns <paramref name="source"/> turned upright; the same instance when it already is.</summary>
    public static SKBitmap Apply(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source;
        }

        var swap = SwapsAxes(origin);
        var width = swap ? source.Height : source.Width;
        var height = swap ? source.Width : source.Height;
        var upright = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(upright);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: // mirrored horizontally
                canvas.Translate(width, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight: // turned 180°
                canvas.Translate(width, height);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft: // mirrored vertically
                canvas.Translate(0, height);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop: // transposed
                canvas.RotateDegrees(90);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.RightTop: // turned 90° clockwise to view
                canvas.Translate(width, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom: // transversed
                canvas.Translate(width, height);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom: // turned 90° counter-clockwise to view
                canvas.Translate(0, height);
                canvas.RotateDegrees(270);
                break;
        }

        // Whole-pixel turns and mirrors: nearest sampling copies pixels exactly.
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return upright;
    }
}
