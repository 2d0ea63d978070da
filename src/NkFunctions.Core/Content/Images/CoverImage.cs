namespace NkFunctions.Core.Content.Images;

/// <summary>
/// The front matter's <c>cover: { src, alt }</c>: validated (alt text is required, the file must be a local image) and
/// processed like any image of the body.
/// </summary>
internal static class CoverImage
{
    /// <summary>The sub-keys of <c>cover</c>.</summary>
    public static readonly IReadOnlyList<string> Keys = ["src", "alt"];

    /// <summary>How a cover is written, for messages.</summary>
    public const string Example = "{ src: images/cover.jpg, alt: \"What the picture shows\" }";

    /// <summary>The article's cover, or null when it has none or when it is wrong (reported).</summary>
    public static ImageRef? Resolve(IReadOnlyDictionary<string, string>? cover, ImageResolver images, string articleDirectory, FileErrors errors)
    {
        if (cover is null)
        {
            return null;
        }

        var src = cover.GetValueOrDefault("src");
        var alt = cover.GetValueOrDefault("alt");
        if (string.IsNullOrWhiteSpace(src))
        {
            errors.Add($"'cover' needs 'src', the image file relative to the article, e.g. cover: {Example}");
        }

        if (string.IsNullOrWhiteSpace(alt))
        {
            // A cover is shown on social cards and list pages where nothing else describes it.
            errors.Add("'cover' has no 'alt' text: describe the picture for readers who cannot see it; a cover without alt text is not allowed");
        }

        if (string.IsNullOrWhiteSpace(src))
        {
            return null;
        }

        if (images.Resolve(src, articleDirectory, out var image, out var problem) != ImageResolver.Outcome.Served)
        {
            errors.Add($"'cover' src '{src}' {problem}");
            return null;
        }

        return string.IsNullOrWhiteSpace(alt) ? null : image!.ToRef(alt);
    }
}
