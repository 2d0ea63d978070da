using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace NkFunctions.Core.Content;

/// <summary>
/// Plain text of a heading, computed like Markdig's auto identifiers compute theirs (inline HTML off), so a
/// heading's title and its id always come from the same text.
/// </summary>
/// <remarks>The result is text, not HTML: consumers must encode it before inserting it into a page.</remarks>
internal static class HeadingText
{
    public static string Of(HeadingBlock heading, MarkdownPipeline pipeline)
    {
        if (heading.Inline is null)
        {
            return string.Empty;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(heading.Inline);
        writer.Flush();

        // EnableHtmlEscape is off, so entities are already decoded once; decoding again would turn "&amp;lt;" into "<".
        var text = writer.ToString();
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
