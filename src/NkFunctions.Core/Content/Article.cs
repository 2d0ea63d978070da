namespace NkFunctions.Core.Content;

/// <summary>A parsed, validated, rendered article.</summary>
/// <param name="Metadata">Its front matter.</param>
/// <param name="Sections">Sections in article order; the first is always <c>introduction</c>.</param>
/// <param name="Toc">Nested table of contents: the introduction, then one entry per <c>##</c> with deeper headings nested.</param>
/// <param name="WordCount">Words in the body (all sections).</param>
/// <param name="ReadingMinutes">Reading time of the whole article, see <see cref="ReadingTime"/>.</param>
/// <param name="SourceFile">The Markdown file, relative to the content root, with forward slashes.</param>
public sealed record Article(
    ArticleMetadata Metadata,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<TocEntry> Toc,
    int WordCount,
    int ReadingMinutes,
    string SourceFile);
