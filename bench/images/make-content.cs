#:package SkiaSharp
#:package SkiaSharp.NativeAssets.Linux.NoDependencies
// Versions come from Directory.Packages.props (central package management). Writes an illustrated article into a content root for the image start-up benchmark (bench/images/startup.sh):
// `dotnet run make-content.cs -- <contentRoot> <images> <width> <height>`. Photographic-size JPEGs with a gradient and
// noise, so the encoder has real work; each article image is a distinct file (distinct bytes, distinct hash).
using System.Globalization;
using SkiaSharp;

var root = args[0];
var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var (width, height) = (int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
var images = Path.Combine(root, "articles", "images");
Directory.CreateDirectory(images);
var random = new Random(16);
var body = new System.Text.StringBuilder();
for (var i = 0; i < count; i++)
{
    using var bitmap = new SKBitmap(width, height);
    using (var canvas = new SKCanvas(bitmap))
    using (var paint = new SKPaint())
    {
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor((uint)random.Next() | 0xFF000000), new SKColor((uint)random.Next() | 0xFF000000)], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
        paint.Shader = SKShader.CreatePerlinNoiseFractalNoise(0.02f, 0.02f, 4, i);
        paint.BlendMode = SKBlendMode.Overlay;
        canvas.DrawRect(0, 0, width, height, paint);
    }

    using var data = bitmap.PeekPixels().Encode(SKEncodedImageFormat.Jpeg, 85)!;
    File.WriteAllBytes(Path.Combine(images, $"photo-{i:D2}.jpg"), data.ToArray());
    body.Append(CultureInfo.InvariantCulture, $"\n## Figure {i + 1}\n\nA paragraph about figure {i + 1}.\n\n![Figure {i + 1}](images/photo-{i:D2}.jpg)\n");
}

File.WriteAllText(Path.Combine(root, "articles", "illustrated-bench.md"), string.Create(CultureInfo.InvariantCulture, $"""
    ---
    title: Illustrated Benchmark Article
    slug: illustrated-bench
    published: 2026-11-01
    summary: {count} photographs of {width}x{height} for the image start-up benchmark.
    cover: {"{"} src: images/photo-00.jpg, alt: "The first figure" {"}"}
    ---
    The lead.
    {body}
    """));
Console.WriteLine($"{count} images of {width}x{height} in {images}");
