namespace NkFunctions.Core.Content;

/// <summary>A heading in the table of contents; <c>##</c> entries are sections, deeper ones nest under them.</summary>
/// <param name="Id">The heading's id attribute in the rendered HTML.</param>
/// <param name="Title">Heading text (plain text).</param>
/// <param name="Level">Heading level, 2 to 6 (the introduction entry is level 1).</param>
/// <param name="SectionId">The section that contains the heading.</param>
/// <param name="Children">Headings nested under this one.</param>
public sealed record TocEntry(string Id, string Title, int Level, string SectionId, IReadOnlyList<TocEntry> Children);
