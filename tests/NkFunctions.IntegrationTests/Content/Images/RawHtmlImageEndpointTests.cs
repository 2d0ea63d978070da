using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using NkFunctions.IntegrationTests.Infrastructure;
using NkFunctions.Testing;
using SkiaSharp;

namespace NkFunctions.IntegrationTests.Content.Images;

/// <summary>
/// A raw HTML <c>&lt;figure&gt;&lt;img&gt;</c> in an article over HTTP: the section HTML names the served,
/// content-hashed URL with the image's size, and that URL answers with the author's bytes and their type.
/// </summary>
public sealed partial class RawHtmlImageEndpointTests
{
    [Fact]
    public async Task SectionHtml_RawHtmlFigureImage_ServedUrlAnswers200WithItsType()
    {
        var photo = TestImages.Make(640, 480, SKEncodedImageFormat.Webp);
        var root = RepoPaths.CopyContentToTemp();
        Directory.CreateDirectory(Path.Combine(root, "articles", "images"));
        await File.WriteAllBytesAsync(Path.Combine(root, "articles", "images", "raw-figure.webp"), photo);
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "raw-figure.md"), """
            ---
            title: A Raw Figure
            slug: raw-figure
            published: 2026-11-02
            summary: An article whose picture is written in HTML.
            tags: [images]
            ---
            The lead.

            ## The Figure

            <figure>
              <img src="images/raw-figure.webp" alt="Cells in a dish">
              <figcaption>Cells in a dish.</figcaption>
            </figure>
            """);
        await using var server = await LocalHostServer.StartAsync(root);

        var json = await server.Client.GetStringAsync(new Uri("/api/articles/raw-figure/sections/the-figure?format=html", UriKind.Relative));
        var html = JsonDocument.Parse(json).RootElement.GetProperty("html").GetString()!;

        var img = ImgTag().Match(html).Value;
        var src = Regex.Match(img, "src=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal($"/api/images/{Convert.ToHexStringLower(SHA256.HashData(photo))[..16]}/raw-figure.webp", src);
        Assert.Contains("width=\"640\" height=\"480\"", img, StringComparison.Ordinal);
        Assert.Contains("srcset=\"/api/images/", img, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Cells in a dish.</figcaption>", html, StringComparison.Ordinal);
        using var response = await server.Client.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(photo, await response.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex("<img [^>]+>")]
    private static partial Regex ImgTag();
}
