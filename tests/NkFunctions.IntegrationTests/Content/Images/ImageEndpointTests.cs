using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.Testing;
using SkiaSharp;

namespace NkFunctions.IntegrationTests.Content.Images;

/// <summary>
/// Images over HTTP: the article JSON's cover and the section HTML's img point at <c>/api/images/{hash}/{name}</c>, which
/// serves the author's bytes (or a variant of the stated width) with its type, immutable caching, ETag/304, HEAD and CORS.
/// </summary>
public sealed partial class ImageEndpointTests(ImageContentFixture site) : IClassFixture<ImageContentFixture>
{
    private const string Immutable = "public, max-age=31536000, immutable";

    [Fact]
    public async Task Article_Cover_DescribesTheImageAndItsVariants()
    {
        var cover = (await ArticleJson()).GetProperty("cover");

        var hash = Hash(site.Content.Cover);
        Assert.Equal($"/api/images/{hash}/cover.jpg", cover.GetProperty("src").GetString());
        Assert.Equal(IllustratedContent.CoverAlt, cover.GetProperty("alt").GetString());
        Assert.Equal((1600, 900), (cover.GetProperty("width").GetInt32(), cover.GetProperty("height").GetInt32()));
        Assert.Equal("image/jpeg", cover.GetProperty("type").GetString());
        var candidates = Srcset(cover.GetProperty("srcset").GetString()!);
        Assert.Equal([480, 960, 1440, 1600], candidates.Select(c => c.Width));
        Assert.Equal($"/api/images/{hash}/cover.jpg", candidates[^1].Url);
    }

    [Fact]
    public async Task Cover_IsTheSocialCardAndJsonLdImage_AbsoluteAndValid()
    {
        var article = await ArticleJson();
        var image = new Uri(site.Client.BaseAddress!, $"/api/images/{Hash(site.Content.Cover)}/cover.jpg").ToString();

        var openGraph = article.GetProperty("seo").GetProperty("openGraph");
        Assert.Equal(image, openGraph.GetProperty("image").GetString());
        Assert.Equal(IllustratedContent.CoverAlt, openGraph.GetProperty("imageAlt").GetString());
        Assert.Equal((1600, 900), (openGraph.GetProperty("imageWidth").GetInt32(), openGraph.GetProperty("imageHeight").GetInt32()));
        var twitter = article.GetProperty("seo").GetProperty("twitter");
        Assert.Equal(("summary_large_image", image), (twitter.GetProperty("card").GetString(), twitter.GetProperty("image").GetString()));
        var jsonLd = article.GetProperty("jsonLd");
        Assert.Equal(image, jsonLd.GetProperty("image").GetProperty("url").GetString());

        var (valid, issues) = await JsonLd.JsonLdValidator.ValidateAsync(jsonLd.GetRawText());
        Assert.True(valid, string.Join("\n", issues.SelectMany(i => i)));
    }

    [Fact]
    public async Task Cover_Original_IsTheAuthorsBytesWithImmutableCaching()
    {
        var src = (await ArticleJson()).GetProperty("cover").GetProperty("src").GetString()!;

        using var response = await site.Client.GetAsync(new Uri(src, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(site.Content.Cover, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Cover_EveryVariant_IsServedAtItsWidthAndHash()
    {
        var srcset = (await ArticleJson()).GetProperty("cover").GetProperty("srcset").GetString()!;

        foreach (var (url, width) in Srcset(srcset).SkipLast(1))
        {
            using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal((width, width * 900 / 1600, SKEncodedImageFormat.Jpeg), TestImages.Measure(bytes));
            Assert.Equal($"/api/images/{Hash(bytes)}/cover-{width}w.jpg", url);
        }
    }

    [Fact]
    public async Task SectionHtml_ImagesCarrySizeSrcsetAndServedUrls()
    {
        var html = await site.Client.GetStringAsync(new Uri($"/api/articles/{IllustratedContent.Slug}/sections/the-diagram?format=html", UriKind.Relative));
        var section = JsonDocument.Parse(html).RootElement.GetProperty("html").GetString()!;

        var img = ImgTag().Match(section).Value;
        Assert.Contains($"src=\"/api/images/{Hash(site.Content.Diagram)}/diagram.png\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"1000\" height=\"600\"", img, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"", img, StringComparison.Ordinal);
        Assert.Contains("sizes=\"", img, StringComparison.Ordinal);
        var candidates = Srcset(Regex.Match(img, "srcset=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal([480, 960, 1000], candidates.Select(c => c.Width));
        foreach (var (url, width) in candidates)
        {
            var bytes = await site.Client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
            Assert.Equal((width, width * 600 / 1000, SKEncodedImageFormat.Png), TestImages.Measure(bytes));
        }
    }

    [Theory]
    [InlineData("thumb.webp", "image/webp")]
    [InlineData("dot.gif", "image/gif")]
    public async Task LeadImages_AreServedWithTheirType(string fileName, string mediaType)
    {
        var bytes = fileName == "dot.gif" ? TestImages.Gif : site.Content.Thumbnail;
        var url = $"/api/images/{Hash(bytes)}/{fileName}";
        var lead = await site.Client.GetStringAsync(new Uri($"/api/articles/{IllustratedContent.Slug}/sections/introduction", UriKind.Relative));
        Assert.Contains($"src=\\u0022{url}\\u0022", lead, StringComparison.Ordinal);

        using var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Image_IfNoneMatch_304WithCachingHeaders()
    {
        var url = new Uri($"/api/images/{Hash(site.Content.Cover)}/cover.jpg", UriKind.Relative);
        using var first = await site.Client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Equal(Immutable, response.Headers.CacheControl?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Image_Head_HeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri($"/api/images/{Hash(site.Content.Cover)}/cover.jpg", UriKind.Relative));

        using var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(site.Content.Cover.Length, response.Content.Headers.ContentLength);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Image_CrossOrigin_GetsCorsLikeOtherContent()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/images/{Hash(site.Content.Cover)}/cover.jpg", UriKind.Relative));
        request.Headers.Add("Origin", "https://front.example");

        using var response = await site.Client.SendAsync(request);

        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0123456789abcdef/cover.jpg")]
    [InlineData("not-a-hash/cover.jpg")]
    public async Task Image_UnknownHash_404Problem(string path)
    {
        using var response = await site.Client.GetAsync(new Uri("/api/images/" + path, UriKind.Relative));

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "image-not-found");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Image_KnownHashUnderAnotherName_404ProblemNamingTheRightOne()
    {
        using var response = await site.Client.GetAsync(new Uri($"/api/images/{Hash(site.Content.Cover)}/photo.jpg", UriKind.Relative));

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound, "image-not-found");
        Assert.Contains("cover.jpg", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Summaries_CarryTheCoverOrNull()
    {
        var list = JsonDocument.Parse(await site.Client.GetStringAsync(new Uri("/api/articles?fields=slug,cover", UriKind.Relative))).RootElement;

        var articles = list.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("slug").GetString()!);
        Assert.Equal($"/api/images/{Hash(site.Content.Cover)}/cover.jpg", articles[IllustratedContent.Slug].GetProperty("cover").GetProperty("src").GetString());
        Assert.Equal(JsonValueKind.Null, articles["nk-cells-in-pregnancy"].GetProperty("cover").ValueKind);
    }

    [Fact]
    public async Task SeedArticle_HasNoCover()
    {
        var json = JsonDocument.Parse(await site.Client.GetStringAsync(new Uri("/api/articles/nk-cells-in-pregnancy", UriKind.Relative))).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("cover").ValueKind);
    }

    private async Task<JsonElement> ArticleJson() =>
        JsonDocument.Parse(await site.Client.GetStringAsync(new Uri($"/api/articles/{IllustratedContent.Slug}", UriKind.Relative))).RootElement;

    private static List<(string Url, int Width)> Srcset(string srcset) =>
        [.. srcset.Split(", ").Select(c => c.Split(' ')).Select(p => (p[0], int.Parse(p[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)))];

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    [GeneratedRegex("<img [^>]+>")]
    private static partial Regex ImgTag();
}
