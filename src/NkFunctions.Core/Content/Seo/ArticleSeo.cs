using System.Text.Json.Nodes;
using NkFunctions.Core.Content.Authors;
using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content.Seo;

/// <summary>An article's head data: SEO and social values, health metadata, and its JSON-LD (as data and as script text).</summary>
internal sealed record ArticleSeo(SeoDto Seo, ArticleHealthDto? Health, JsonObject JsonLd, string JsonLdScript)
{
    /// <summary>Derives every value from the article's front matter, the settings and the public base.</summary>
    /// <param name="article">The article.</param>
    /// <param name="publicBase">Where its page and the site live.</param>
    /// <param name="settings">Publisher, site name and language.</param>
    /// <param name="authors">Author records.</param>
    /// <param name="image">The cover image (null until articles have one).</param>
    public static ArticleSeo Build(Article article, PublicBase publicBase, SeoOptions settings, AuthorDirectory authors, SeoImage? image = null)
    {
        var m = article.Metadata;
        var canonical = m.CanonicalUrl ?? publicBase.PageUrl(m);
        var title = m.MetaTitle ?? SeoText.Fit(m.Title, SeoText.MaxTitle);
        var description = m.MetaDescription ?? SeoText.Fit(m.Summary, SeoText.MaxDescription);
        var openGraph = new OpenGraphDto(
            "article", m.Title, description, canonical, settings.SiteName, m.Published, m.Updated ?? m.Published, m.Tags,
            image?.Url, image?.Alt, image?.Width, image?.Height);
        var twitter = new TwitterCardDto(image is null ? "summary" : "summary_large_image", m.Title, description, image?.Url, image?.Alt);
        var health = m.ReviewedBy is null && m.LastReviewed is null && m.References.Count == 0
            ? null
            : new ArticleHealthDto(m.ReviewedBy, m.LastReviewed, [.. m.References.Select(r => new ReferenceDto(r.Title, r.Url, r.Authors, r.Publisher, r.Year, r.Date, r.Doi))]);
        var jsonLd = JsonLdBuilder.Build(article, canonical, description, settings, publicBase.SiteRoot, authors, image);
        return new ArticleSeo(new SeoDto(title, description, canonical, openGraph, twitter), health, jsonLd, global::NkFunctions.Core.Content.Seo.JsonLdScript.Serialize(jsonLd));
    }
}
