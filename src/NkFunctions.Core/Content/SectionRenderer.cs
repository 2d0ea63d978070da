using System.Globalization;
using Markdig;
using Markdig.Renderers;

namespace NkFunctions.Core.Content;

/// <summary>Renders a section's blocks to sanitized HTML and derives its text, word count and reading time.</summary>
internal sealed class SectionRenderer(MarkdownPipeline pipeline, HtmlSafety safety)
{
    public Section Render(SectionSource section)
    {
        var html = safety.Sanitize(RenderBlocks(section)).Trim('\n');
        var text = TextExtractor.Extract(html);
        var words = WordCounter.Count(text);
        return new Section(section.Id, section.Title, html, text, section.Markdown, words, ReadingTime.Minutes(words));
    }

    // Sanitizing per section (not per article) means each fragment is balanced on its own: an HTML element an author
    // left open cannot swallow the next section.
    private string RenderBlocks(SectionSource section)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var block in section.Blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }
}
