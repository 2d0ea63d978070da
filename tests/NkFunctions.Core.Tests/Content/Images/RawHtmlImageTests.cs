using System.Security.Cryptography;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Images;
using NkFunctions.Core.Tests.TestSupport;
using NkFunctions.Testing;
using SkiaSharp;
using static NkFunctions.Core.Tests.TestSupport.Loading;

namespace NkFunctions.Core.Tests.Content.Images;

/// <summary>
/// Raw HTML <c>&lt;img&gt;</c> in an article (HTML blocks, figures, inline HTML) is served like a Markdown image: hashed
/// URL, size, srcset, the same errors; everything else of the raw HTML is left as written.
/// </summary>
public sealed class RawHtmlImageTests
{
    [Fact]
    public void HtmlBlockImage_GetsHashedSrcSizeSrcsetAndLazyLoading()
    {
        var bytes = TestImages.Make(1600, 900, SKEncodedImageFormat.Webp);
        var result = Load("<img src=\"images/diagram.webp\" alt=\"A diagram\">", ("diagram.webp", bytes));

        var hash = Hash(bytes);
        var variants = Assert.Single(result.Images).Variants;
        var srcset = string.Join(", ", variants.Select(v => $"/api/images/{v.Hash}/diagram-{v.Width}w.webp {v.Width}w")) + $", /api/images/{hash}/diagram.webp 1600w";
        Assert.Equal(
            $"<p>Lead.</p>\n<img src=\"/api/images/{hash}/diagram.webp\" alt=\"A diagram\" width=\"1600\" height=\"900\" srcset=\"{srcset}\" sizes=\"{BodyImages.Sizes}\" loading=\"lazy\" decoding=\"async\">",
            Html(result));
    }

    [Fact]
    public void ImageInAFigure_RewrittenAndTheFigureKept()
    {
        var bytes = TestImages.Make(320, 240, SKEncodedImageFormat.Png);
        var result = Load(
            "<figure>\n  <img alt=\"A chart\" src=\"../articles/images/chart.png\"/>\n  <figcaption>Cells per <em>week</em></figcaption>\n</figure>",
            ("chart.png", bytes));

        Assert.Equal(
            $"<p>Lead.</p>\n<figure>\n  <img alt=\"A chart\" src=\"/api/images/{Hash(bytes)}/chart.png\" width=\"320\" height=\"240\" loading=\"lazy\" decoding=\"async\">\n  <figcaption>Cells per <em>week</em></figcaption>\n</figure>",
            Html(result));
    }

    [Fact]
    public void InlineHtmlImageInAParagraph_Rewritten()
    {
        var bytes = TestImages.Make(100, 50, SKEncodedImageFormat.Png);
        var result = Load("Before <img src=\"images/icon.png\" alt=\"An icon\"> after.", ("icon.png", bytes));

        Assert.Equal(
            $"<p>Lead.</p>\n<p>Before <img src=\"/api/images/{Hash(bytes)}/icon.png\" alt=\"An icon\" width=\"100\" height=\"50\" loading=\"lazy\" decoding=\"async\"> after.</p>",
            Html(result));
    }

    [Fact]
    public void SeveralImagesInOneBlock_EachRewrittenTheRestKept()
    {
        var a = TestImages.Make(100, 50, SKEncodedImageFormat.Png);
        var b = TestImages.Make(60, 60, SKEncodedImageFormat.Png);
        var result = Load("<div>\n<img src=\"images/a.png\" alt=\"A\"><span>and</span><img src=\"images/b.png\" alt=\"B\">\n</div>", ("a.png", a), ("b.png", b));

        Assert.Equal(
            $"<p>Lead.</p>\n<div>\n<img src=\"/api/images/{Hash(a)}/a.png\" alt=\"A\" width=\"100\" height=\"50\" loading=\"lazy\" decoding=\"async\"><span>and</span><img src=\"/api/images/{Hash(b)}/b.png\" alt=\"B\" width=\"60\" height=\"60\" loading=\"lazy\" decoding=\"async\">\n</div>",
            Html(result));
    }

    [Theory]
    [InlineData("https://cdn.example/photo.jpg")]
    [InlineData("/static/photo.jpg")]
    public void NonRelativeSrc_LeftToTheSanitizer(string src)
    {
        var result = LoadOne(ArticleText.Valid(body: $"Lead.\n\n<img src=\"{src}\" alt=\"A photo\">\n"));

        Assert.Equal($"<p>Lead.</p>\n<img src=\"{src}\" alt=\"A photo\" loading=\"lazy\" decoding=\"async\">", Html(result));
        Assert.Empty(result.Images);
    }

    [Fact]
    public void AuthorsWidthAndHeight_Kept()
    {
        var result = Load("<img src=\"images/photo.png\" alt=\"P\" width=\"300\" height=\"100\">", ("photo.png", TestImages.Make(200, 100, SKEncodedImageFormat.Png)));

        Assert.Contains("alt=\"P\" width=\"300\" height=\"100\" loading=", Html(result), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("width=\"100\"", "width=\"100\" height=\"50\"")]
    [InlineData("height=\"25\"", "height=\"25\" width=\"50\"")]
    [InlineData("width=\"50%\"", "width=\"50%\" loading")]
    public void AuthorsWidthOrHeightAlone_TheOtherFollowsTheAspectRatio(string given, string expected)
    {
        var result = Load($"<img src=\"images/photo.png\" alt=\"P\" {given}>", ("photo.png", TestImages.Make(200, 100, SKEncodedImageFormat.Png)));

        Assert.Contains($"alt=\"P\" {expected}", Html(result), StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorsSrcset_ReplacedByTheServedOnes_AuthorsSizesKept()
    {
        var bytes = TestImages.Make(1000, 500, SKEncodedImageFormat.Png);
        var result = Load("<img src=\"images/wide.png\" srcset=\"images/wide-small.png 480w\" sizes=\"50vw\" alt=\"W\">", ("wide.png", bytes));

        var html = Html(result);
        Assert.Contains($"srcset=\"/api/images/", html, StringComparison.Ordinal);
        Assert.Contains($"/api/images/{Hash(bytes)}/wide.png 1000w\" sizes=\"50vw\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wide-small", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributeValuesWithMarkupAndReferences_ReadAsHtml()
    {
        var result = Load("<img alt=\"a &gt; b > c &quot;q&quot;\" src=\"images/x.png\" title='it&#39;s'>", ("x.png", TestImages.Make(10, 10, SKEncodedImageFormat.Png)));

        Assert.Contains("<img alt=\"a &gt; b &gt; c &quot;q&quot;\" src=\"/api/images/", Html(result), StringComparison.Ordinal);
        Assert.Contains("title=\"it's\" width=\"10\" height=\"10\"", Html(result), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAlt_NoError_AsForAMarkdownImage()
    {
        var raw = Load("<img src=\"images/x.png\">", ("x.png", TestImages.Make(10, 10, SKEncodedImageFormat.Png)));
        var markdown = Load("![](images/x.png)", ("x.png", TestImages.Make(10, 10, SKEncodedImageFormat.Png)));

        Assert.Empty(raw.Errors);
        Assert.Empty(markdown.Errors);
        Assert.Contains("/api/images/", Html(raw), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("images/missing.png", null)]
    [InlineData("../../outside.png", null)]
    [InlineData("images/logo.svg", "logo.svg")]
    [InlineData("images/old.png", "old.png")]
    public void FileThatCannotBeServed_TheSameErrorAsAMarkdownImage(string src, string? file)
    {
        Action<TempContentRoot> arrange = root =>
        {
            if (file is not null)
            {
                root.AddBytes("articles/images/" + file, file.EndsWith(".svg", StringComparison.Ordinal) ? TestImages.Svg : "not an image"u8.ToArray());
            }
        };

        var raw = ErrorsOf(LoadOne(ArticleText.Valid(body: $"Lead.\n\n<img src=\"{src}\" alt=\"X\">\n"), arrange));
        var markdown = ErrorsOf(LoadOne(ArticleText.Valid(body: $"Lead.\n\n![X]({src})\n"), arrange));

        Assert.NotEmpty(raw);
        Assert.Equal(markdown, raw);
    }

    [Fact]
    public void ErrorLine_IsTheImagesOwnLineInTheBlock()
    {
        var errors = ErrorsOf(LoadOne(
            ArticleText.Valid(body: "Lead.\n\n<figure>\n<img src=\"images/logo.svg\" alt=\"X\">\n</figure>\n"),
            root => root.AddBytes("articles/images/logo.svg", TestImages.Svg)));

        // The same article with a Markdown image on line 10 reports line 10; the figure opens there.
        Assert.Equal(["image 'images/logo.svg' (line 11) is an SVG image, which is not served because SVG can carry scripts; export it as PNG or WebP"], errors);
    }

    [Fact]
    public void Find_SkipsCommentsAndTagsWithoutSrc_AndLocatesEachTagExactly()
    {
        const string html = "<figure>\n  <!-- <img src=\"old.png\"> -->\n  <IMG Alt='x > y' SRC=\"a.png\"/>\n  <img alt=\"no source\">\n</figure>";

        var tag = Assert.Single(RawHtmlImages.Find(html));

        Assert.Equal("<IMG Alt='x > y' SRC=\"a.png\"/>", html.Substring(tag.Start, tag.Length));
        Assert.Equal(("a.png", "x > y", 2), (tag["src"], tag["alt"], tag.Line));
        Assert.Equal(
            "<figure>\n  <!-- <img src=\"old.png\"> -->\n  <img new>\n  <img alt=\"no source\">\n</figure>",
            RawHtmlImages.Replace(html, [(tag, "<img new>")]));
    }

    private static ContentLoadResult Load(string html, params (string Name, byte[] Bytes)[] files) =>
        LoadOne(
            ArticleText.Valid(body: $"Lead.\n\n{html}\n"),
            root =>
            {
                foreach (var (name, bytes) in files)
                {
                    root.AddBytes("articles/images/" + name, bytes);
                }
            });

    private static string Html(ContentLoadResult result)
    {
        Assert.Empty(result.Errors);
        return Assert.Single(result.Articles).Sections[0].Html;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
