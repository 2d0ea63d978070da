using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.Json;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>Turns articles into the bytes the API sends: JSON documents and bare fragments.</summary>
internal static class RepresentationBuilder
{
    private static readonly BodyFormat[] Formats = Enum.GetValues<BodyFormat>();

    public static Representation Tags(IReadOnlyList<Listing.TagInfo> tags) =>
        Json(JsonSerializer.SerializeToUtf8Bytes(new TagListDto(tags), ContentJsonContext.Default.TagListDto));

    public static Representation Authors(IReadOnlyList<Content.Authors.AuthorInfo> authors) =>
        Json(JsonSerializer.SerializeToUtf8Bytes(new AuthorListDto(authors), ContentJsonContext.Default.AuthorListDto));

    public static RenderedParts Article(Article article)
    {
        var sections = new Dictionary<string, RenderedSection>(StringComparer.Ordinal);
        for (var i = 0; i < article.Sections.Count; i++)
        {
            sections[article.Sections[i].Id] = Section(article, i);
        }

        var fragments = new[]
        {
            Representation.FromText(string.Join("\n\n", article.Sections.Select(s => s.Markdown)) + "\n", MediaTypes.Markdown),
            Representation.FromText(string.Join("\n\n", article.Sections.Select(s => s.Text)) + "\n", MediaTypes.Text),
        };
        return new RenderedParts(fragments, sections.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The article's JSON documents and HTML fragment with absolute links for <paramref name="publicBase"/>.</summary>
    public static LinkedArticle Linked(Article article, IReadOnlyList<Article> related, PublicBase publicBase, Seo.SeoOptions seoSettings, Authors.AuthorDirectory authors)
    {
        var seo = Seo.ArticleSeo.Build(article, publicBase, seoSettings, authors, Seo.SeoImage.From(article.Cover, publicBase));
        var json = Formats.Select(f => Json(JsonSerializer.SerializeToUtf8Bytes(
            ArticleDocument(article, related, f, publicBase) with { Seo = seo.Seo, Health = seo.Health, JsonLd = seo.JsonLd, JsonLdScript = seo.JsonLdScript },
            ContentJsonContext.Default.ArticleDto))).ToArray();
        var pageUrl = publicBase.PageUrl(article.Metadata);
        return new LinkedArticle(json, Representation.FromText(ArticleHtml(article, publicBase), MediaTypes.Html), OEmbedDiscovery.LinkHeader(publicBase, pageUrl));
    }

    private static RenderedSection Section(Article article, int index)
    {
        var section = article.Sections[index];
        var json = Formats.Select(f => Json(JsonSerializer.SerializeToUtf8Bytes(SectionDocument(article, index, f), ContentJsonContext.Default.SectionDocumentDto))).ToArray();
        var fragments = new[]
        {
            Representation.FromText(section.Html, MediaTypes.Html),
            Representation.FromText(section.Markdown + "\n", MediaTypes.Markdown),
            Representation.FromText(section.Text + "\n", MediaTypes.Text),
        };
        return new RenderedSection(section, json, fragments);
    }

    internal static ArticleSummaryDto Summary(Article a)
    {
        var m = a.Metadata;
        return new ArticleSummaryDto(
            m.Slug, m.Title, m.Author, m.Published, m.Updated, m.Summary, m.Tags, m.PagePath, a.WordCount, a.ReadingMinutes,
            [.. a.Sections.Select(s => new SectionRefDto(s.Id, s.Title))]) { Cover = CoverDto.From(a.Cover) };
    }

    private static ArticleDto ArticleDocument(Article a, IReadOnlyList<Article> related, BodyFormat format, PublicBase publicBase)
    {
        var m = a.Metadata;
        return new ArticleDto(
            m.Slug, m.Title, m.Author, m.Published, m.Updated, m.Summary, m.Tags, m.Disclaimer, m.PagePath, a.WordCount, a.ReadingMinutes,
            FormatName(format),
            Embed(new EmbedTarget(a, null), publicBase),
            [.. Feeds.FeedLinks.All(publicBase).Select(f => new AlternateDto(f.Type, f.Href, FeedTitle(f.Type)))],
            [.. related.Select(r => new RelatedArticleDto(r.Metadata.Slug, r.Metadata.Title, r.Metadata.Summary, r.Metadata.PagePath, r.Metadata.Published))],
            [.. a.Toc.Select(Toc)],
            [.. a.Sections.Select(s => new SectionDto(
                s.Id, s.Title, Body(s, format, BodyFormat.Html), Body(s, format, BodyFormat.Text), Body(s, format, BodyFormat.Markdown), s.WordCount, s.ReadingMinutes,
                Embed(new EmbedTarget(a, s), publicBase)))]) { Cover = CoverDto.From(a.Cover) };
    }

    private static string FeedTitle(string type) => type switch
    {
        Feeds.FeedLinks.RssMediaType => "RSS",
        Feeds.FeedLinks.AtomMediaType => "Atom",
        _ => "JSON Feed",
    };

    private static EmbedDto Embed(EmbedTarget target, PublicBase publicBase)
    {
        var pageUrl = target.PageUrl(publicBase);
        return new EmbedDto(pageUrl, target.EmbedUrl(publicBase), publicBase.OEmbedUrl(pageUrl), EmbedSnippet.Html(publicBase, target));
    }

    private static SectionDocumentDto SectionDocument(Article a, int index, BodyFormat format)
    {
        var s = a.Sections[index];
        return new SectionDocumentDto(
            a.Metadata.Slug, a.Metadata.Title, s.Id, s.Title, index,
            index > 0 ? a.Sections[index - 1].Id : null,
            index < a.Sections.Count - 1 ? a.Sections[index + 1].Id : null,
            FormatName(format),
            Body(s, format, BodyFormat.Html), Body(s, format, BodyFormat.Text), Body(s, format, BodyFormat.Markdown),
            s.WordCount, s.ReadingMinutes);
    }

    private static TocEntryDto Toc(TocEntry e) => new(e.Id, e.Title, e.Level, e.SectionId, [.. e.Children.Select(Toc)]);

    private static string? Body(Section s, BodyFormat wanted, BodyFormat field) => wanted != field ? null : field switch
    {
        BodyFormat.Html => s.Html,
        BodyFormat.Text => s.Text,
        _ => s.Markdown,
    };

    internal static string FormatName(BodyFormat format) => format switch
    {
        BodyFormat.Html => "html",
        BodyFormat.Text => "text",
        _ => "markdown",
    };

    // The whole article as one fragment: each section in a <section> a front end can address by data attribute
    // (the heading inside already carries the id, and ids must stay unique in the host page).
    // oEmbed discovery links come first inside the element, so a consumer reading this representation finds them.
    private static string ArticleHtml(Article a, PublicBase publicBase)
    {
        var html = new StringBuilder();
        html.Append("<article data-article=\"").Append(WebUtility.HtmlEncode(a.Metadata.Slug)).Append("\">\n");
        OEmbedDiscovery.AppendLinks(html, publicBase, publicBase.PageUrl(a.Metadata), a.Metadata.Title);
        foreach (var s in a.Sections)
        {
            html.Append("<section data-section=\"").Append(WebUtility.HtmlEncode(s.Id)).Append("\">\n")
                .Append(s.Html).Append("\n</section>\n");
        }

        return html.Append("</article>\n").ToString();
    }

    private static Representation Json(byte[] bytes) => Representation.FromBytes(bytes, MediaTypes.Json);
}
