namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// One article as the build rendered it, with what its validity depended on besides its own bytes: a start-up can
/// serve it instead of parsing and rendering the Markdown again once it has checked those dependencies still hold.
/// </summary>
/// <param name="Key">The <see cref="PrerenderKey"/> of the file and renderer it was rendered from (also its file name).</param>
/// <param name="Article">The article, image URLs under <see cref="PrerenderImageBase.Sentinel"/>.</param>
/// <param name="Files">Files, relative to the content root, that links and images resolved to (they existed).</param>
/// <param name="Images">The images the article uses and the assets they were processed into.</param>
internal sealed record PrerenderedArticle(
    string Key,
    Article Article,
    IReadOnlyList<string> Files,
    IReadOnlyList<ImageDependency> Images);

/// <summary>An image an article uses.</summary>
/// <param name="File">The image file, relative to the content root.</param>
/// <param name="Assets">
/// The processed image's identity: its size and every asset path (content-hashed), so changed bytes, or a different
/// image library producing different variants, no longer match.
/// </param>
internal sealed record ImageDependency(string File, string Assets);
