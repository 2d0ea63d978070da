using SkiaSharp;

namespace NkFunctions.Testing;

/// <summary>
/// Images made in the tests with SkiaSharp (no binaries committed): a gradient with a diagonal, so resizing has real
/// pixels to work on and an encoder real data to compress. Compiled into each test project that needs it.
/// </summary>
public static class TestImages
{
    /// <summary>The smallest GIF: 1×1, one transparent pixel (GIF89a). Skia decodes GIF but cannot encode it.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    /// <summary>An SVG with a script: what the loader must refuse.</summary>
    public static readonly byte[] Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray();

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> image encoded as <paramref name="format"/> (JPEG, PNG or WebP).</summary>
    public static byte[] Make(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SteelBlue, SKColors.Orange], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
            paint.Shader = null;
            paint.Color = SKColors.White;
            paint.StrokeWidth = Math.Max(1, width / 100f);
            canvas.DrawLine(0, 0, width, height, paint);
        }

        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(format, 90) ?? throw new InvalidOperationException($"Skia cannot encode {format}.");
        return data.ToArray();
    }

    /// <summary>Width, height and format of encoded image bytes, as Skia decodes them.</summary>
    public static (int Width, int Height, SKEncodedImageFormat Format) Measure(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes)) ?? throw new InvalidOperationException("not an image");
        return (codec.Info.Width, codec.Info.Height, codec.EncodedFormat);
    }
}
