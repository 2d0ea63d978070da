using System.Globalization;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Finds and rewrites the <c>&lt;img&gt;</c> tags of an article's raw HTML (Markdig's HTML blocks and inline HTML) with
/// AngleSharp's HTML tokenizer, the parser HtmlSanitizer runs on, so an attribute value holding <c>&gt;</c> or quotes,
/// a comment or character references are read as a browser reads them. Only the img start tags are rewritten: the
/// text around them stays as written (an HTML block is often half an element, such as an opening <c>&lt;figure&gt;</c>,
/// that a tree parser would close), and the sanitizer still runs over the section at render.
/// </summary>
/// <remarks>
/// Tokenizer only, no tree builder: text inside <c>&lt;script&gt;</c> or <c>&lt;textarea&gt;</c> is tokenized as
/// markup, so an img written there would be rewritten too; the sanitizer removes those elements with their content.
/// AngleSharp/AngleSharp src/AngleSharp/Html/Parser/HtmlTokenizer.cs (f8a6e4aeaf66d3b700d0ebafc82b4a731a732986):
/// <c>Get()</c> records the token's position at its <c>&lt;</c> and returns a start tag once its <c>&gt;</c> is read.
/// </remarks>
internal static class RawHtmlImages
{
    /// <summary>The img start tags of <paramref name="html"/> that have a <c>src</c>, in order.</summary>
    public static List<RawImageTag> Find(string html)
    {
        var tags = new List<RawImageTag>();
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return tags;
        }

        var source = new TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.StartTag && token.Name == "img" && token is HtmlTagToken tag)
            {
                var start = token.Position.Index;
                var attributes = tag.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList();
                if (attributes.Any(a => a.Key == "src"))
                {
                    tags.Add(new RawImageTag(start, source.Index - start, attributes, html.AsSpan(0, start).Count('\n')));
                }
            }
        }

        return tags;
    }

    /// <summary><paramref name="html"/> with each tag replaced by its new text; the rest as it was.</summary>
    public static string Replace(string html, IEnumerable<(RawImageTag Tag, string Text)> replacements)
    {
        var text = new StringBuilder(html);
        foreach (var (tag, replacement) in replacements.OrderByDescending(r => r.Tag.Start))
        {
            text.Remove(tag.Start, tag.Length).Insert(tag.Start, replacement);
        }

        return text.ToString();
    }

    /// <summary>
    /// The tag for a served image: the hashed <c>src</c>; <c>width</c>/<c>height</c> as a Markdown image gets them,
    /// except that an author's size wins (both kept; one alone gets the other from the image's aspect ratio, so the box
    /// still has the right shape); the image's <c>srcset</c> (an author's would name files that are not served) with the
    /// author's <c>sizes</c> if given, else <see cref="BodyImages.Sizes"/>. Other attributes are kept, in order.
    /// </summary>
    public static string Write(RawImageTag tag, ProcessedImage image)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in tag.Attributes)
        {
            switch (name)
            {
                case "src":
                    attributes.Add(new(name, image.Src));
                    break;
                case "srcset" or "sizes":
                    break;
                default:
                    attributes.Add(new(name, value));
                    break;
            }
        }

        var (width, height) = Size(tag["width"], tag["height"], image);
        if (width is not null)
        {
            attributes.Add(new("width", width));
        }

        if (height is not null)
        {
            attributes.Add(new("height", height));
        }

        if (image.Srcset is { } srcset)
        {
            attributes.Add(new("srcset", srcset));
            attributes.Add(new("sizes", tag["sizes"] ?? BodyImages.Sizes));
        }

        var text = new StringBuilder("<img");
        foreach (var (name, value) in attributes)
        {
            text.Append(' ').Append(name).Append("=\"").Append(value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
        }

        return text.Append('>').ToString();
    }

    // The attributes to add (null: none); the author's own stay where they were written.
    private static (string? Width, string? Height) Size(string? width, string? height, ProcessedImage image)
    {
        return (width, height) switch
        {
            (null, null) => (Number(image.Width), Number(image.Height)),
            (not null, null) when Pixels(width) is { } w => (null, Number(Math.Max(1, (int)Math.Round(w * (double)image.Height / image.Width)))),
            (null, not null) when Pixels(height) is { } h => (Number(Math.Max(1, (int)Math.Round(h * (double)image.Width / image.Height))), null),

            // Both given, or one that is not a number of pixels (which HTML does not allow): the author's as written.
            _ => (null, null),
        };
    }

    private static int? Pixels(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0 ? pixels : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
