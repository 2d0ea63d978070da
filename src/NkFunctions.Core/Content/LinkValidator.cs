using System.Globalization;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NkFunctions.Core.Content;

/// <summary>
/// Checks every link and image of an article, in Markdown and in raw HTML: relative URLs must name an existing file
/// inside the content root, and <c>#anchors</c> must name a heading of the article. Other URLs (with a scheme,
/// site-rooted, protocol-relative) are left to the sanitizer.
/// </summary>
internal sealed class LinkValidator
{
    private readonly ContentPath _paths;

    /// <param name="contentRoot">Full path of the content root; nothing outside it may be linked.</param>
    public LinkValidator(string contentRoot)
        : this(new ContentPath(contentRoot))
    {
    }

    /// <param name="paths">The content root's paths (and where resolved files are noted).</param>
    public LinkValidator(ContentPath paths)
    {
        _paths = paths;
    }

    /// <param name="document">The parsed article.</param>
    /// <param name="articleDirectory">Full path of the folder holding the article: relative URLs start there.</param>
    /// <param name="hasIntroduction">Whether <c>#introduction</c> names the lead section.</param>
    /// <param name="errors">Where problems go.</param>
    public void Validate(MarkdownDocument document, string articleDirectory, bool hasIntroduction, FileErrors errors)
    {
        var parser = new HtmlParser();
        var targets = new List<(string Kind, string Url, int Line)>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        if (hasIntroduction)
        {
            anchors.Add(SectionSource.IntroductionId);
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            anchors.Add(SectionSplitter.HeadingId(heading));
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            targets.Add((link.IsImage ? "image" : "link", link.Url ?? string.Empty, link.Line));
        }

        foreach (var html in document.Descendants<HtmlBlock>())
        {
            CollectRawHtml(parser, html.Lines.ToString(), html.Line, targets, anchors);
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            CollectRawHtml(parser, html.Tag, html.Line, targets, anchors);
        }

        foreach (var (kind, url, line) in targets.OrderBy(target => target.Line))
        {
            Check(kind, url, (line + 1).ToString(CultureInfo.InvariantCulture), articleDirectory, anchors, errors);
        }
    }

    private static void CollectRawHtml(
        HtmlParser parser, string html, int line, List<(string, string, int)> targets, HashSet<string> anchors)
    {
        var body = parser.ParseDocument(html).Body!;
        foreach (var element in body.QuerySelectorAll("a[href]"))
        {
            targets.Add(("link", element.GetAttribute("href")!, line));
        }

        foreach (var element in body.QuerySelectorAll("img[src]"))
        {
            targets.Add(("image", element.GetAttribute("src")!, line));
        }

        // Raw HTML headings keep their ids after sanitizing, so they are anchor targets too.
        foreach (var element in body.QuerySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]"))
        {
            anchors.Add(element.Id!);
        }
    }

    private void Check(string kind, string url, string line, string articleDirectory, HashSet<string> anchors, FileErrors errors)
    {
        var normalized = UrlClassifier.Normalize(url);
        switch (UrlClassifier.Classify(normalized))
        {
            case UrlKind.Empty:
                errors.Add($"{kind} at line {line} has an empty URL");
                break;
            case UrlKind.Anchor when !anchors.Contains(Unescape(normalized[1..])):
                errors.Add($"anchor '{url}' ({kind} at line {line}) matches no heading id in this article");
                break;
            case UrlKind.Relative:
                CheckRelative(kind, url, normalized, line, articleDirectory, errors);
                break;
        }
    }

    private void CheckRelative(string kind, string url, string normalized, string line, string articleDirectory, FileErrors errors)
    {
        switch (_paths.Resolve(normalized, articleDirectory, out var target))
        {
            case ContentPath.Outcome.Invalid:
                errors.Add($"broken {kind} '{url}' (line {line}): the path is not a valid file name");
                break;
            case ContentPath.Outcome.Outside:
                errors.Add($"{kind} '{url}' (line {line}) points outside the content root");
                break;
            case ContentPath.Outcome.Missing:
                errors.Add($"broken {kind} '{url}' (line {line}): {_paths.Relative(target)} does not exist");
                break;
        }
    }

    // Leaves malformed escapes such as "%zz" as written rather than throwing.
    private static string Unescape(string value) => Uri.UnescapeDataString(value);
}
