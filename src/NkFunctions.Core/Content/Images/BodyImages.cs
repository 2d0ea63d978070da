using System.Globalization;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Rewrites the images of an article in its syntax tree, before rendering: a relative <c>src</c> becomes the
/// content-hashed URL, and the <c>img</c> gains its intrinsic <c>width</c>/<c>height</c> (so the page reserves the box
/// and does not shift when the image arrives), <c>srcset</c>/<c>sizes</c> when there are variants, and lazy, async
/// loading. Markdown images and raw HTML <c>&lt;img&gt;</c> (in HTML blocks, e.g. inside a <c>&lt;figure&gt;</c>, and
/// inline in a paragraph) alike: both go through the same <see cref="ImageResolver"/> and report the same errors; a raw
/// tag keeps its other attributes, and the author's width and height (<see cref="RawHtmlImages.Write"/>).
/// </summary>
/// <remarks>
/// Alt text is not required of body images (only of the cover), in Markdown or in raw HTML alike; a missing or
/// escaping file is reported by the link check (<see cref="LinkValidator"/>), which reads raw HTML too.
/// </remarks>
internal static class BodyImages
{
    /// <summary>
    /// The <c>sizes</c> sent with a <c>srcset</c>: the full viewport on small screens, else a reading column of at most
    /// 800 CSS pixels, which is what article layouts use; a front end with another layout can override it.
    /// </summary>
    public const string Sizes = "(max-width: 800px) 100vw, 800px";

    /// <summary>Rewrites every served image of <paramref name="document"/>; files that cannot be served are reported.</summary>
    public static void Rewrite(MarkdownDocument document, ImageResolver images, string articleDirectory, FileErrors errors)
    {
        var links = document.Descendants<LinkInline>().Where(l => l.IsImage).ToArray();
        var raw = RawImages(document);
        string[] urls = [.. links.Select(l => l.Url ?? string.Empty), .. raw.Select(r => r.Tag["src"]!)];
        int[] lines = [.. links.Select(l => l.Line), .. raw.Select(r => r.Node.Line + r.Tag.Line)];

        // Images are resolved (decoded, resized, encoded) in parallel: an article with many photographs would
        // otherwise process them one after another. The tree is then rewritten in document order.
        var resolved = new (ImageResolver.Outcome Outcome, ProcessedImage? Image, string Problem)[urls.Length];
        Parallel.For(0, urls.Length, i =>
        {
            var outcome = images.Resolve(urls[i], articleDirectory, out var image, out var problem);
            resolved[i] = (outcome, image, problem);
        });

        foreach (var i in Enumerable.Range(0, urls.Length).OrderBy(i => lines[i]))
        {
            if (resolved[i].Outcome == ImageResolver.Outcome.Refused)
            {
                errors.Add($"image '{urls[i]}' (line {(lines[i] + 1).ToString(CultureInfo.InvariantCulture)}) {resolved[i].Problem}");
            }
        }

        // Remote images are left to the sanitizer, and missing or escaping files are the link check's to report.
        for (var i = 0; i < links.Length; i++)
        {
            if (resolved[i] is (ImageResolver.Outcome.Served, { } image, _))
            {
                Apply(links[i], image);
            }
        }

        var served = raw
            .Select((r, i) => (r.Node, r.Text, r.Tag, resolved[links.Length + i].Image))
            .Where(r => r.Image is not null)
            .GroupBy(r => r.Node);
        foreach (var node in served)
        {
            var text = RawHtmlImages.Replace(node.First().Text, node.Select(r => (r.Tag, RawHtmlImages.Write(r.Tag, r.Image!))));
            SetText(node.Key, text);
        }
    }

    private static void Apply(LinkInline link, ProcessedImage image)
    {
        link.Url = image.Src;
        var attributes = link.GetAttributes();
        attributes.AddProperty("width", image.Width.ToString(CultureInfo.InvariantCulture));
        attributes.AddProperty("height", image.Height.ToString(CultureInfo.InvariantCulture));
        if (image.Srcset is { } srcset)
        {
            attributes.AddProperty("srcset", srcset);
            attributes.AddProperty("sizes", Sizes);
        }

        // loading="lazy" and decoding="async" are added by the sanitizer, to every img alike (HtmlSafety).
    }

    // The img tags with a src in the raw HTML of the document, in document order, with the node and text they are in.
    private static List<(MarkdownObject Node, string Text, RawImageTag Tag)> RawImages(MarkdownDocument document)
    {
        var found = new List<(MarkdownObject, string, RawImageTag)>();
        foreach (var node in document.Descendants())
        {
            var text = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (text is not null)
            {
                found.AddRange(RawHtmlImages.Find(text).Select(tag => (node, text, tag)));
            }
        }

        return found;
    }

    private static void SetText(MarkdownObject node, string text)
    {
        switch (node)
        {
            case HtmlInline inline:
                inline.Tag = text;
                break;
            case HtmlBlock block:
                // The renderer writes an HTML block line by line, as it was read: give it the new text the same way.
                var lines = text.Split('\n');
                var group = new StringLineGroup(lines.Length);
                foreach (var line in lines)
                {
                    group.Add(new StringSlice(line));
                }

                block.Lines = group;
                break;
        }
    }
}
