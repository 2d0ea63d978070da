using Markdig;
using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>
/// Builds the table of contents: one entry per section (the lead as level 1), with the section's deeper top-level
/// headings nested by level, e.g. a <c>####</c> right under a <c>##</c> nests under it.
/// </summary>
internal static class TocBuilder
{
    public static IReadOnlyList<TocEntry> Build(IReadOnlyList<SectionSource> sections, MarkdownPipeline pipeline) =>
        [.. sections.Select(section => BuildSection(section, pipeline))];

    private static TocEntry BuildSection(SectionSource section, MarkdownPipeline pipeline)
    {
        var root = new TocNode(section.Id, section.Title, section.Heading?.Level ?? 1);
        var open = new Stack<TocNode>();
        open.Push(root);

        foreach (var heading in section.Blocks.OfType<HeadingBlock>().Where(h => h.Level > root.Level))
        {
            while (open.Count > 1 && open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }

            var node = new TocNode(SectionSplitter.HeadingId(heading), HeadingText.Of(heading, pipeline), heading.Level);
            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return root.ToEntry(section.Id);
    }
}
