using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NkFunctions.Core.Content;

/// <summary>
/// Turns sanitized HTML into plain text: one paragraph per block (heading, paragraph, list item, table row...),
/// paragraphs separated by blank lines, entities decoded. Working from the sanitized HTML rather than the Markdown
/// means the text holds exactly what a reader sees, raw HTML included, and nothing the sanitizer removed.
/// </summary>
internal static class TextExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "li", "ol", "p", "pre", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    public static string Extract(string html)
    {
        // A parser per call: AngleSharp does not document HtmlParser as thread-safe.
        var document = new HtmlParser().ParseDocument(html);
        var builder = new PlainTextBuilder();
        Walk(document.Body!, builder, preformatted: false);
        return builder.Finish();
    }

    private static void Walk(INode node, PlainTextBuilder builder, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data, preformatted);
                    break;
                case IElement { LocalName: "br" }:
                    builder.LineBreak();
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    builder.CellBreak();
                    Walk(cell, builder, preformatted);
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.EndParagraph();
                    Walk(element, builder, preformatted || element.LocalName == "pre");
                    builder.EndParagraph();
                    break;
                case IElement element:
                    Walk(element, builder, preformatted);
                    break;
            }
        }
    }
}
