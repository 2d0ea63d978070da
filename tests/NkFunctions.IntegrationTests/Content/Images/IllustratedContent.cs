using NkFunctions.Testing;
using SkiaSharp;

namespace NkFunctions.IntegrationTests.Content.Images;

/// <summary>
/// An article with a cover and images in each served format, written beside a content copy; the images are generated,
/// and their bytes kept so tests can compare what the API serves with what the author saved.
/// </summary>
public sealed class IllustratedContent
{
    public const string Slug = "illustrated";

    public const string CoverAlt = "A cell under the microscope";

    private IllustratedContent(string root)
    {
        Root = root;
    }

    public string Root { get; }

    /// <summary>The cover: a 1600×900 JPEG, so it gets the 480, 960 and 1440 variants.</summary>
    public byte[] Cover { get; } = TestImages.Make(1600, 900);

    /// <summary>A 1000×600 PNG in the first section: the 480 and 960 variants.</summary>
    public byte[] Diagram { get; } = TestImages.Make(1000, 600, SKEncodedImageFormat.Png);

    /// <summary>A 300×200 WebP: no variants.</summary>
    public byte[] Thumbnail { get; } = TestImages.Make(300, 200, SKEncodedImageFormat.Webp);

    /// <summary>Writes the article and its images into <paramref name="contentRoot"/>.</summary>
    public static IllustratedContent WriteTo(string contentRoot)
    {
        var content = new IllustratedContent(contentRoot);
        var articles = Path.Combine(contentRoot, "articles");
        Directory.CreateDirectory(Path.Combine(articles, "images"));
        File.WriteAllBytes(Path.Combine(articles, "images", "cover.jpg"), content.Cover);
        File.WriteAllBytes(Path.Combine(articles, "images", "diagram.png"), content.Diagram);
        File.WriteAllBytes(Path.Combine(articles, "images", "thumb.webp"), content.Thumbnail);
        File.WriteAllBytes(Path.Combine(articles, "images", "dot.gif"), TestImages.Gif);
        File.WriteAllText(Path.Combine(articles, "illustrated.md"), $$"""
            ---
            title: An Illustrated Article
            slug: {{Slug}}
            published: 2026-11-01
            summary: An article with a cover and pictures.
            tags: [images]
            cover: { src: images/cover.jpg, alt: "{{CoverAlt}}" }
            ---
            The lead, with a thumbnail ![A thumbnail](images/thumb.webp) and a dot ![A dot](images/dot.gif).

            ## The Diagram

            Some text before the diagram.

            ![A labelled diagram](images/diagram.png)

            Some text after it.
            """);
        return content;
    }
}
