using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>One section's blocks and source, as split from the document and before rendering.</summary>
/// <param name="Id">The section id: <c>introduction</c> for the lead, else the <c>##</c> heading's auto identifier.</param>
/// <param name="Title">Plain-text title: the article title for the lead, else the heading text.</param>
/// <param name="Heading">The <c>##</c> heading, or <see langword="null"/> for the lead.</param>
/// <param name="Blocks">Top-level blocks of the section, heading first.</param>
/// <param name="Markdown">The section's exact source slice, without trailing blank lines.</param>
internal sealed record SectionSource(
    string Id,
    string Title,
    HeadingBlock? Heading,
    IReadOnlyList<Block> Blocks,
    string Markdown)
{
    /// <summary>The id of the lead section, reserved: no heading may use it.</summary>
    public const string IntroductionId = "introduction";

    public bool IsIntroduction => Heading is null;
}
