using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Images;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Tests.TestSupport;
using NkFunctions.Testing;
using SkiaSharp;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content.Images;

/// <summary>Images found at load: hashed, measured, given variants, and written into the section HTML.</summary>
public sealed class ImageLoadingTests
{
    private const string CoverFields = "cover: { src: images/cover.jpg, alt: \"A midwife holding a newborn\" }";

    [Fact]
    public void Hash_IsTheFirst16HexDigitsOfSha256()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223...
        Assert.Equal("ba7816bf8f01cfea", ImageProcessor.Hash("abc"u8));
    }

    [Fact]
    public void Load_WideJpeg_MakesVariantsAt480_960_1440InTheSameFormat()
    {
        var bytes = TestImages.Make(2000, 1000);

        var image = Assert.Single(LoadWithImage("photo.jpg", bytes).Images);

        Assert.Equal(Hash(bytes), image.Original.Hash);
        Assert.Equal((2000, 1000), (image.Width, image.Height));
        Assert.Equal([480, 960, 1440], image.Variants.Select(v => v.Width));
        foreach (var variant in image.Variants)
        {
            var bytesOfVariant = variant.Representation.Body.ToArray();
            Assert.Equal((variant.Width, variant.Width / 2, SKEncodedImageFormat.Jpeg), TestImages.Measure(bytesOfVariant));
            Assert.Equal(Hash(bytesOfVariant), variant.Hash);
            Assert.Equal("image/jpeg", variant.Representation.ContentType);
            Assert.Equal($"photo-{variant.Width}w.jpg", variant.FileName);
        }
    }

    [Theory]
    [InlineData(800, new[] { 480 })]
    [InlineData(961, new[] { 480, 960 })]
    [InlineData(960, new[] { 480 })]
    [InlineData(480, new int[0])]
    [InlineData(300, new int[0])]
    public void Load_Image_NeverUpscales(int width, int[] expected)
    {
        var image = Assert.Single(LoadWithImage("chart.png", TestImages.Make(width, 200, SKEncodedImageFormat.Png)).Images);

        Assert.Equal(expected, image.Variants.Select(v => v.Width));
        Assert.All(image.Variants, v => Assert.Equal(SKEncodedImageFormat.Png, TestImages.Measure(v.Representation.Body.ToArray()).Format));
    }

    [Fact]
    public void Load_BodyImage_GetsHashedSrcSizeSrcsetAndLazyLoading()
    {
        var bytes = TestImages.Make(1600, 900, SKEncodedImageFormat.Webp);
        var result = LoadWithImage("diagram.webp", bytes);

        var hash = Hash(bytes);
        var variants = Assert.Single(result.Images).Variants;
        var html = Assert.Single(result.Articles).Sections[0].Html;
        var srcset = string.Join(", ", variants.Select(v => $"/api/images/{v.Hash}/diagram-{v.Width}w.webp {v.Width}w")) + $", /api/images/{hash}/diagram.webp 1600w";
        Assert.Equal(
            $"<p>Lead.</p>\n<p><img src=\"/api/images/{hash}/diagram.webp\" width=\"1600\" height=\"900\" srcset=\"{srcset}\" sizes=\"{BodyImages.Sizes}\" alt=\"A diagram\" loading=\"lazy\" decoding=\"async\"></p>",
            html);
    }

    [Fact]
    public void Load_SmallBodyImage_HasSizeButNoSrcset()
    {
        var bytes = TestImages.Make(320, 240, SKEncodedImageFormat.Png);

        var html = Assert.Single(LoadWithImage("small.png", bytes).Articles).Sections[0].Html;

        Assert.Contains($"<img src=\"/api/images/{Hash(bytes)}/small.png\" width=\"320\" height=\"240\" alt=\"A diagram\" loading=\"lazy\" decoding=\"async\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("srcset", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Gif_IsServedAsGifWithoutVariants()
    {
        var image = Assert.Single(LoadWithImage("dot.gif", TestImages.Gif).Images);

        Assert.Equal(("image/gif", 1, 1), (image.Type, image.Width, image.Height));
        Assert.Empty(image.Variants);
    }

    [Fact]
    public void Load_ImageUsedTwice_IsProcessedOnce()
    {
        var result = LoadOne(
            ArticleText.Valid(body: "Lead.\n\n![One](images/a.png)\n\n## Again\n\n![Two](../articles/images/a.png)\n"),
            root => root.AddBytes("articles/images/a.png", TestImages.Make(100, 50, SKEncodedImageFormat.Png)));

        Assert.Empty(result.Errors);
        Assert.Single(result.Images);
    }

    [Fact]
    public void Load_WithPublicApiOrigin_WritesAbsoluteImageUrls()
    {
        var loader = new ContentLoader(Options.Create(new EmbedOptions { PublicApiOrigin = "https://api.nk.example/" }));
        using var root = new TempContentRoot();
        root.AddArticle("article.md", ArticleText.Valid(body: "Lead.\n\n![A diagram](images/x.png)\n"));
        var bytes = TestImages.Make(100, 50, SKEncodedImageFormat.Png);
        root.AddBytes("articles/images/x.png", bytes);

        var html = Assert.Single(loader.Load(root.Root).Articles).Sections[0].Html;

        Assert.Contains($"src=\"https://api.nk.example/api/images/{Hash(bytes)}/x.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SvgBodyImage_IsRefused()
    {
        var errors = ErrorsOf(LoadWithImage("logo.svg", TestImages.Svg));

        Assert.Equal(["image 'images/logo.svg' (line 10) is an SVG image, which is not served because SVG can carry scripts; export it as PNG or WebP"], errors);
    }

    [Fact]
    public void Load_SvgContentUnderAnotherName_IsRefused()
    {
        var errors = ErrorsOf(LoadWithImage("logo.png", TestImages.Svg));

        Assert.Equal(["image 'images/logo.png' (line 10) is an SVG image, which is not served because SVG can carry scripts; export it as PNG or WebP"], errors);
    }

    [Fact]
    public void Load_UndecodableImage_IsRefused()
    {
        var errors = ErrorsOf(LoadWithImage("broken.jpg", "not an image"u8.ToArray()));

        Assert.Equal(["image 'images/broken.jpg' (line 10) is not an image that can be decoded; use JPEG, PNG, WebP or GIF"], errors);
    }

    [Fact]
    public void Load_BmpImage_IsRefusedAsAnUnservedFormat()
    {
        // Skia decodes BMP but it is no web format: refused with its name.
        var bmp = Bmp(2, 2);

        var errors = ErrorsOf(LoadWithImage("old.bmp", bmp));

        Assert.Equal(["image 'images/old.bmp' (line 10) is a Bmp image; only JPEG, PNG, WebP and GIF are served"], errors);
    }

    [Fact]
    public void Load_Cover_IsProcessedWithAltAndVariants()
    {
        var bytes = TestImages.Make(1600, 900);
        var result = LoadOne(ArticleText.WithExtraFields(CoverFields), root => root.AddBytes("articles/images/cover.jpg", bytes));

        var cover = Assert.Single(result.Articles).Cover;

        Assert.NotNull(cover);
        Assert.Equal($"/api/images/{Hash(bytes)}/cover.jpg", cover.Src);
        Assert.Equal(("A midwife holding a newborn", 1600, 900, "image/jpeg"), (cover.Alt, cover.Width, cover.Height, cover.Type));
        Assert.Matches(@"^/api/images/[0-9a-f]{16}/cover-480w\.jpg 480w, /api/images/[0-9a-f]{16}/cover-960w\.jpg 960w, /api/images/[0-9a-f]{16}/cover-1440w\.jpg 1440w, /api/images/[0-9a-f]{16}/cover\.jpg 1600w$", cover.Srcset);
    }

    [Fact]
    public void Load_ArticleWithoutCover_HasNone()
    {
        Assert.Null(Assert.Single(LoadOne(ArticleText.Valid()).Articles).Cover);
    }

    [Theory]
    [InlineData("cover: { src: images/cover.jpg }")]
    [InlineData("cover: { src: images/cover.jpg, alt: \"\" }")]
    [InlineData("cover: { src: images/cover.jpg, alt: }")]
    public void Load_CoverWithoutAlt_IsAnError(string line)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields(line), root => root.AddBytes("articles/images/cover.jpg", TestImages.Make(10, 10))));

        Assert.Equal(["'cover' has no 'alt' text: describe the picture for readers who cannot see it; a cover without alt text is not allowed"], errors);
    }

    [Theory]
    [InlineData("https://cdn.example/cover.jpg")]
    [InlineData("//cdn.example/cover.jpg")]
    [InlineData("/images/cover.jpg")]
    public void Load_RemoteCover_IsAnError(string src)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields($"cover: {{ src: \"{src}\", alt: A cover }}")));

        Assert.Equal([$"'cover' src '{src}' must be an image file in the content folder, relative to the article (e.g. images/cover.jpg); remote images are not served"], errors);
    }

    [Fact]
    public void Load_CoverOutsideContentRoot_IsAnError()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields("cover: { src: ../../outside.jpg, alt: A cover }")));

        Assert.Equal(["'cover' src '../../outside.jpg' points outside the content root"], errors);
    }

    [Fact]
    public void Load_MissingCoverFile_IsAnError()
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields(CoverFields)));

        Assert.Equal(["'cover' src 'images/cover.jpg' articles/images/cover.jpg does not exist"], errors);
    }

    [Fact]
    public void Load_SvgCover_IsAnError()
    {
        var errors = ErrorsOf(LoadOne(
            ArticleText.WithExtraFields("cover: { src: images/cover.svg, alt: A cover }"),
            root => root.AddBytes("articles/images/cover.svg", TestImages.Svg)));

        Assert.Equal(["'cover' src 'images/cover.svg' is an SVG image, which is not served because SVG can carry scripts; export it as PNG or WebP"], errors);
    }

    [Theory]
    [InlineData("cover: images/cover.jpg", "'cover' must be a mapping such as { src: images/cover.jpg, alt: \"What the picture shows\" }, not a value of another kind (line 6)")]
    [InlineData("cover: { src: images/cover.jpg, alt: A, caption: B }", "unknown key 'caption' in 'cover' (line 6); the known keys are: src, alt")]
    [InlineData("cover: { alt: A cover }", "'cover' needs 'src', the image file relative to the article, e.g. cover: { src: images/cover.jpg, alt: \"What the picture shows\" }")]
    public void Load_MalformedCover_IsAnError(string line, string expected)
    {
        var errors = ErrorsOf(LoadOne(ArticleText.WithExtraFields(line), root => root.AddBytes("articles/images/cover.jpg", TestImages.Make(10, 10))));

        Assert.Equal([expected], errors);
    }

    private static ContentLoadResult LoadWithImage(string fileName, byte[] bytes) =>
        LoadOne(
            ArticleText.Valid(body: $"Lead.\n\n![A diagram](images/{fileName})\n"),
            root => root.AddBytes($"articles/images/{fileName}", bytes));

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    // A BMP (BITMAPINFOHEADER, 24-bit, bottom-up): Skia decodes it; we do not serve it.
    private static byte[] Bmp(int width, int height)
    {
        var rowBytes = ((width * 3) + 3) & ~3;
        var size = 54 + (rowBytes * height);
        var bytes = new byte[size];
        "BM"u8.CopyTo(bytes);
        BitConverter.TryWriteBytes(bytes.AsSpan(2), size);
        BitConverter.TryWriteBytes(bytes.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bytes.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bytes.AsSpan(18), width);
        BitConverter.TryWriteBytes(bytes.AsSpan(22), height);
        BitConverter.TryWriteBytes(bytes.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bytes.AsSpan(28), (short)24);
        return bytes;
    }
}
