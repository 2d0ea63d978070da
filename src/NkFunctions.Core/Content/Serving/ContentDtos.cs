using System.Text.Json.Serialization;

namespace NkFunctions.Core.Content.Serving;

// The wire shapes of the content API (documented in openapi.json). Kept apart from the domain records so the
// public contract changes only when we mean it to.

internal sealed record TagListDto(IReadOnlyList<Listing.TagInfo> Tags);

internal sealed record AuthorListDto(IReadOnlyList<Authors.AuthorInfo> Authors);

internal sealed record ArticleSummaryDto(
    string Slug,
    string Title,
    string? Author,
    DateOnly Published,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<string> Tags,
    string PagePath,
    int WordCount,
    int ReadingMinutes,
    IReadOnlyList<SectionRefDto> Sections)
{
    /// <summary>The cover image; null when the article has none.</summary>
    public CoverDto? Cover { get; init; }
}

internal sealed record SectionRefDto(string Id, string Title);

/// <summary>An article's cover image: content-hashed URL, alt text, intrinsic size, responsive variants, media type.</summary>
internal sealed record CoverDto(string Src, string Alt, int Width, int Height, string? Srcset, string Type)
{
    public static CoverDto? From(Images.ImageRef? image) =>
        image is null ? null : new(image.Src, image.Alt, image.Width, image.Height, image.Srcset, image.Type);
}

internal sealed record ArticleDto(
    string Slug,
    string Title,
    string? Author,
    DateOnly Published,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<string> Tags,
    string? Disclaimer,
    string PagePath,
    int WordCount,
    int ReadingMinutes,
    string Format,
    EmbedDto Embed,
    IReadOnlyList<AlternateDto> Alternate,
    IReadOnlyList<RelatedArticleDto> Related,
    IReadOnlyList<TocEntryDto> Toc,
    IReadOnlyList<SectionDto> Sections)
{
    /// <summary>Search and social values for the page's head.</summary>
    public Seo.SeoDto? Seo { get; init; }

    /// <summary>Medical review and citations; null when the article has none.</summary>
    public Seo.ArticleHealthDto? Health { get; init; }

    /// <summary>schema.org MedicalWebPage structured data.</summary>
    public System.Text.Json.Nodes.JsonObject? JsonLd { get; init; }

    /// <summary><see cref="JsonLd"/> as safe text for a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
    public string? JsonLdScript { get; init; }

    /// <summary>The cover image; null when the article has none.</summary>
    public CoverDto? Cover { get; init; }
}

/// <summary>A <c>&lt;link rel="alternate"&gt;</c> a page can carry for feed discovery.</summary>
internal sealed record AlternateDto(string Type, string Href, string Title);

/// <summary>A related article: enough to render a "read next" link.</summary>
internal sealed record RelatedArticleDto(string Slug, string Title, string Summary, string PagePath, DateOnly Published);

internal sealed record TocEntryDto(string Id, string Title, int Level, string SectionId, IReadOnlyList<TocEntryDto> Children);

internal sealed record SectionDto(
    string Id,
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Html,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Markdown,
    int WordCount,
    int ReadingMinutes,
    EmbedDto Embed);

/// <summary>How to link to and embed an article or a section: its public page, embed page, oEmbed URL and paste-in code.</summary>
internal sealed record EmbedDto(string PageUrl, string EmbedUrl, string OembedUrl, string Code);

internal sealed record SectionDocumentDto(
    string Article,
    string ArticleTitle,
    string Id,
    string Title,
    int Index,
    string? Previous,
    string? Next,
    string Format,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Html,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Markdown,
    int WordCount,
    int ReadingMinutes);

internal sealed record HealthDto(string Status, DateTimeOffset StartedAt, string Version, ContentHealthDto Content);

internal sealed record ContentHealthDto(
    int Articles,
    int Sections,
    DateTimeOffset LoadedAt,
    bool WatchingForChanges,
    IReadOnlyList<string> Errors);
