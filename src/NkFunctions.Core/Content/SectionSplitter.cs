using System.Buffers;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>
/// Splits a parsed article into sections: the lead before the first top-level <c>##</c>, then one per <c>##</c>.
/// Deeper headings, and any heading nested in a quote or list, stay inside their section.
/// </summary>
internal static class SectionSplitter
{
    private static readonly SearchValues<char> Blank = SearchValues.Create(" \t\r\n\f\v");

    /// <summary>Splits <paramref name="document"/>, parsed from <paramref name="source"/> (the whole file).</summary>
    /// <remarks>
    /// The lead becomes a section only when it has content: a body that starts with <c>##</c> has no introduction.
    /// Block spans are offsets into the whole file because the front matter is parsed as part of the document, so
    /// <see cref="SectionSource.Markdown"/> is sliced from <paramref name="source"/> without any body offset.
    /// </remarks>
    public static IReadOnlyList<SectionSource> Split(
        MarkdownDocument document, string source, string articleTitle, MarkdownPipeline pipeline)
    {
        var groups = new List<(HeadingBlock? Heading, List<Block> Blocks)> { (null, []) };
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (block is HeadingBlock { Level: 2 } heading)
            {
                groups.Add((heading, []));
            }

            groups[^1].Blocks.Add(block);
        }

        if (!groups[0].Blocks.Any(IsContent))
        {
            groups.RemoveAt(0);
        }

        var sections = new List<SectionSource>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var (heading, blocks) = groups[i];
            var start = blocks[0].Span.Start;
            var end = i + 1 < groups.Count ? groups[i + 1].Blocks[0].Span.Start : source.Length;
            sections.Add(new SectionSource(
                Id: heading is null ? SectionSource.IntroductionId : HeadingId(heading),
                Title: heading is null ? articleTitle : HeadingText.Of(heading, pipeline),
                Heading: heading,
                Blocks: blocks,
                Markdown: WithoutTrailingBlankLines(source.AsSpan(start, end - start))));
        }

        return sections;
    }

    /// <summary>
    /// True for blocks a reader sees: link reference definitions and HTML comments render nothing, so a lead made
    /// only of them is no introduction, and a body made only of them is empty.
    /// </summary>
    public static bool IsContent(Block block) =>
        block is not (YamlFrontMatterBlock or LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment });

    public static string HeadingId(HeadingBlock heading) => heading.GetAttributes().Id ?? string.Empty;

    private static string WithoutTrailingBlankLines(ReadOnlySpan<char> slice) =>
        slice[..(slice.LastIndexOfAnyExcept(Blank) + 1)].ToString();
}
