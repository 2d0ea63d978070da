namespace NkFunctions.Core.Content;

/// <summary>What parsing one file produced.</summary>
/// <param name="SourceFile">The file, relative to the content root, with forward slashes.</param>
/// <param name="Slug">The slug when it was readable and well-formed (for the duplicate check), even if the file has other errors.</param>
/// <param name="Article">The article, only when the file has no errors.</param>
/// <param name="Sections">
/// The rendered (sanitized) sections, produced even when the file has errors so a preview can show them.
/// </param>
/// <param name="Errors">Everything wrong with the file.</param>
internal sealed record ArticleParseResult(
    string SourceFile,
    string? Slug,
    Article? Article,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<ContentError> Errors);
