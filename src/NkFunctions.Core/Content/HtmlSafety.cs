using AngleSharp.Dom;
using Ganss.Xss;

namespace NkFunctions.Core.Content;

/// <summary>
/// The one HTML sanitizer, configured once: our HTML is injected into partners' and front ends' pages, so only an
/// allow-list of Markdown-shaped elements survives, and links and images are tuned after sanitizing.
/// </summary>
/// <remarks>
/// Starts from <see cref="HtmlSanitizerOptions.Empty"/> because HtmlSanitizer's defaults allow form elements and
/// <c>style</c>. Thread-safe: HtmlSanitizer documents <c>Sanitize</c> as safe to share once configured, and the
/// post-process handler below keeps no state.
/// </remarks>
internal sealed class HtmlSafety
{
    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
        "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "u", "ul", "var",
    ];

    // id and class are narrowed per element after sanitizing (HtmlSanitizer's allow-list is global).
    private static readonly string[] AllowedAttributes =
        ["href", "src", "alt", "title", "id", "class", "align", "colspan", "rowspan", "start", "width", "height", "srcset", "sizes"];

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    // Every attribute that browsers load or navigate to: none is allowed today, but if one ever is, its URL is
    // scheme-checked instead of passing unchecked.
    private static readonly string[] UriAttributes =
        ["href", "src", "action", "formaction", "cite", "background", "poster", "longdesc", "lowsrc", "dynsrc", "data", "xlink:href"];

    private static readonly string[] TableCellAlignments = ["left", "center", "right"];

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSafety()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(AllowedAttributes);
        options.AllowedSchemes.UnionWith(AllowedSchemes);
        options.UriAttributes.UnionWith(UriAttributes);
        options.AllowDataAttributes = false;

        // KeepChildNodes stays false: a removed <script>, <style> or <template> must not leave its text behind.
        _sanitizer = new HtmlSanitizer(options);
        _sanitizer.PostProcessNode += OnPostProcessNode;
    }

    /// <summary>Returns the safe version of an HTML fragment.</summary>
    public string Sanitize(string html) => _sanitizer.Sanitize(html);

    private static void OnPostProcessNode(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement element)
        {
            return;
        }

        // Heading ids are the anchors of the TOC; ids elsewhere could clash with the host page's own.
        if (!IsHeading(element))
        {
            element.RemoveAttribute("id");
        }

        // The only class we emit is the code language, e.g. class="language-csharp" for highlighters.
        KeepOnly(element, "class", element.LocalName == "code" && IsLanguageClass(element.GetAttribute("class")));
        KeepOnly(element, "align", element.LocalName is "td" or "th" && TableCellAlignments.Contains(element.GetAttribute("align")));

        switch (element.LocalName)
        {
            case "a" when element.GetAttribute("href") is { } href && UrlClassifier.IsExternalWeb(href):
                element.SetAttribute("rel", "noopener noreferrer");
                break;
            case "img":
                element.SetAttribute("loading", "lazy");
                element.SetAttribute("decoding", "async");
                KeepOnly(element, "srcset", IsSafeSrcset(element.GetAttribute("srcset")));
                KeepOnly(element, "sizes", element.HasAttribute("srcset") && IsSafeSizes(element.GetAttribute("sizes")));
                break;
        }
    }

    private static void KeepOnly(IElement element, string attribute, bool keep)
    {
        if (!keep)
        {
            element.RemoveAttribute(attribute);
        }
    }

    // srcset is a list of URLs the sanitizer does not scheme-check (it is no UriAttribute), so each candidate must be
    // what src may be: an http(s) URL or a path on the serving site (HTML, "srcset attributes": URL, then a descriptor).
    private static bool IsSafeSrcset(string? value) =>
        value is not null
        && value.Split(',').All(candidate =>
            candidate.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var url, ..]
            && UrlClassifier.Classify(url) switch
            {
                UrlKind.SiteRooted or UrlKind.Relative => true,
                UrlKind.Absolute => UrlClassifier.Scheme(url) is "http" or "https",
                _ => false,
            });

    // sizes loads nothing, but only media conditions and lengths belong in it: no url(), no quotes, no escapes.
    private static bool IsSafeSizes(string? value) =>
        value is not null
        && !value.Contains("url", StringComparison.OrdinalIgnoreCase)
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '(' or ')' or ',' or '.' or ':' or '-' or '%');

    private static bool IsHeading(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static bool IsLanguageClass(string? value) =>
        value is not null
        && value.StartsWith("language-", StringComparison.Ordinal)
        && value.Length > "language-".Length
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#' or '_' or '.');
}
