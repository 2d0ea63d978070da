using System.Globalization;
using System.Net;
using System.Text;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// Renders an embed page: a complete document meant for an iframe, with the section (or the article's lead and
/// contents), its attribution and disclaimer, the inlined style and height script, and the reading tracker. Every
/// link opens the public article in a new tab (<c>&lt;base target&gt;</c>), never inside the partner's page.
/// </summary>
internal static class EmbedPageRenderer
{
    public static string Render(EmbedTarget target, PublicBase publicBase, EmbedTheme theme, string providerName, EmbedAssets assets)
    {
        var m = target.Metadata;
        var pageUrl = target.PageUrl(publicBase);
        var articleUrl = publicBase.PageUrl(m);
        var title = target.DisplayTitle;
        var html = new StringBuilder(8192);
        html.Append("<!doctype html>\n<html lang=\"en\" data-theme=\"").Append(EmbedThemes.Name(theme)).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, follow\">\n")
            .Append("<meta name=\"color-scheme\" content=\"").Append(theme switch { EmbedTheme.Light => "light", EmbedTheme.Dark => "dark", _ => "light dark" }).Append("\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(pageUrl)).Append("\">\n");
        OEmbedDiscovery.AppendLinks(html, publicBase, pageUrl, title);
        html.Append("<base target=\"_blank\">\n")
            .Append("<style>").Append(assets.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<article class=\"nk-embed\" data-article=\"").Append(E(m.Slug)).Append("\">\n<header class=\"nk-head\">\n");
        if (target.Section is { } section)
        {
            html.Append("<a class=\"nk-source\" href=\"").Append(E(articleUrl)).Append("\" rel=\"noopener\">").Append(E(m.Title)).Append("</a>\n");
            Byline(html, m);
            html.Append("</header>\n<section data-section=\"").Append(E(section.Id)).Append("\">\n");
            if (section.Id == "introduction")
            {
                // The lead has no heading of its own; the embed still needs one to say what it is.
                html.Append("<h2>").Append(E(m.Title)).Append("</h2>\n");
            }

            html.Append(section.Html).Append("\n</section>\n");
        }
        else
        {
            html.Append("<h1><a href=\"").Append(E(articleUrl)).Append("\" rel=\"noopener\">").Append(E(m.Title)).Append("</a></h1>\n");
            Byline(html, m);
            html.Append("</header>\n");
            if (target.Lead is { } lead)
            {
                html.Append("<section data-section=\"").Append(E(lead.Id)).Append("\">\n").Append(lead.Html).Append("\n</section>\n");
            }
            else
            {
                html.Append("<p>").Append(E(m.Summary)).Append("</p>\n");
            }

            Contents(html, target, publicBase);
        }

        html.Append("<footer class=\"nk-foot\">\n");
        if (m.Disclaimer is { } disclaimer)
        {
            html.Append("<p class=\"nk-disclaimer\" role=\"note\">").Append(E(disclaimer)).Append("</p>\n");
        }

        html.Append("<a class=\"nk-read\" href=\"").Append(E(pageUrl)).Append("\" rel=\"noopener\">Read the full article</a>\n")
            .Append("<span class=\"nk-provider\">").Append(E(providerName)).Append("</span>\n</footer>\n</article>\n")
            .Append("<script>").Append(assets.Script).Append("</script>\n")
            .Append("<script defer src=\"").Append(E(publicBase.TrackerUrl)).Append("\" data-article=\"").Append(E(m.Slug))
            .Append("\" data-reading-minutes=\"").Append(target.Article.ReadingMinutes.ToString(CultureInfo.InvariantCulture)).Append("\"></script>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Byline(StringBuilder html, Content.ArticleMetadata m)
    {
        html.Append("<p class=\"nk-byline\">");
        if (m.Author is { } author)
        {
            html.Append("By ").Append(E(author)).Append(" · ");
        }

        var date = m.Updated ?? m.Published;
        html.Append("<time datetime=\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(m.Updated is null ? string.Empty : "Updated ")
            .Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time></p>\n");
    }

    // The article's sections as links into the public page: the embed shows the lead, the page has the rest.
    private static void Contents(StringBuilder html, EmbedTarget target, PublicBase publicBase)
    {
        var sections = target.Article.Sections.Where(s => s.Id != "introduction").ToList();
        if (sections.Count == 0)
        {
            return;
        }

        html.Append("<nav class=\"nk-toc\" aria-label=\"Contents\">\n<h2>In this article</h2>\n<ol>\n");
        foreach (var s in sections)
        {
            html.Append("<li><a href=\"").Append(E(publicBase.PageUrl(target.Metadata, s.Id))).Append("\" rel=\"noopener\">").Append(E(s.Title)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
