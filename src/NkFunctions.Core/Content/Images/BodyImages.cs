using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Rewrites the Markdown images of an article in its syntax tree, before rendering: a relative <c>src</c> becomes the
/// content-hashed URL, and the <c>img</c> gains its intrinsic <c>width</c>/<c>height</c> (so the page reserves the box
/// and does not shift when the image arrives), <c>srcset</c>/<c>sizes</c> when there are variants, and lazy, async
/// loading. Raw HTML <c>&lt;img&gt;</c> is left as written.
/// </summary>
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
        // Images are resolved (decoded, resized, encoded) in parallel: an article with many photographs would
        // otherwise process them one after another. The tree is then rewritten in document order.
        var links = document.Descendants<LinkInline>().Where(l => l.IsImage).ToArray();
        var resolved = new (ImageResolver.Outcome Outcome, ProcessedImage? Image, string Problem)[links.Length];
        Parallel.For(0, links.Length, i =>
        {
            var outcome = images.Resolve(links[i].Url ?? string.Empty, articleDirectory, out var image, out var problem);
            resolved[i] = (outcome, image, problem);
        });

        for (var i = 0; i < links.Length; i++)
        {
            var (outcome, image, problem) = resolved[i];
            switch (outcome)
            {
                case ImageResolver.Outcome.Refused:
                    errors.Add($"image '{links[i].Url}' (line {(links[i].Line + 1).ToString(CultureInfo.InvariantCulture)}) {problem}");
                    break;
                case ImageResolver.Outcome.Served:
                    Apply(links[i], image!);
                    break;

                // Remote images are left to the sanitizer, and missing or escaping files are the link check's to report.
            }
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
}
