namespace NkFunctions.Core.Content;

/// <summary>A TOC entry while the tree is being built: children are added as deeper headings are met.</summary>
internal sealed class TocNode(string id, string title, int level)
{
    public int Level { get; } = level;

    public List<TocNode> Children { get; } = [];

    public TocEntry ToEntry(string sectionId) =>
        new(id, title, Level, sectionId, [.. Children.Select(child => child.ToEntry(sectionId))]);
}
