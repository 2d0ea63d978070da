using NkFunctions.Core.Content.Images;

namespace NkFunctions.Core.Content;

/// <summary>A parsed, validated, rendered article.</summary>
/// <param name="Metadata">Its front matter.</param>
/// <param name="Sections">
/// Sections in article order. The first is <c>introduction</c> only when the body has lead text before its first
/// <c>##</c>; a body that starts directly with <c>##</c> has no introduction section.
/// </param>
/// <param name="Toc">
/// Nested table of contents: the introduction (when there is one), then one entry per <c>##</c> with deeper headings
/// nested.
/// </param>
/// <param name="WordCount">Words in the body (all sections).</param>
/// <param name="ReadingMinutes">Reading time of the whole article, see <see cref="ReadingTime"/>.</param>
/// <param name="SourceFile">The Markdown file, relative to the content root, with forward slashes.</param>
public sealed record Article(
    ArticleMetadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<TocEntry> Toc,
    int WordCount,
    int ReadingMinutes,
    string SourceFile)
{
    /// <summary>The front matter's cover image, processed; null when the article has none.</summary>
    public ImageRef? Cover { get; init; }
}
