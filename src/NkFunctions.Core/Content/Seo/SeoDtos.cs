using System.Text.Json.Serialization;

namespace NkFunctions.Core.Content.Seo;

// The wire shapes of the article JSON's seo and health fields (documented in openapi.json).

/// <summary>What a page's head needs: search-result title and description, canonical URL, social cards.</summary>
internal sealed record SeoDto(string MetaTitle, string MetaDescription, string CanonicalUrl, OpenGraphDto OpenGraph, TwitterCardDto Twitter);

/// <summary>Open Graph values (ogp.me), <c>og:*</c> and <c>article:*</c>, without their prefixes.</summary>
internal sealed record OpenGraphDto(
    string Type,
    string Title,
    string Description,
    string Url,
    string SiteName,
    DateOnly PublishedTime,
    DateOnly ModifiedTime,
    IReadOnlyList<string> Tags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Image,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImageAlt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ImageWidth,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ImageHeight);

/// <summary>Twitter (X) card values, <c>twitter:*</c> without the prefix.</summary>
internal sealed record TwitterCardDto(
    string Card,
    string Title,
    string Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Image,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ImageAlt);

/// <summary>The medical review and the citations; null in the article JSON when the article has none of them.</summary>
internal sealed record ArticleHealthDto(string? ReviewedBy, DateOnly? LastReviewed, IReadOnlyList<ReferenceDto> References);

/// <summary>A citation.</summary>
internal sealed record ReferenceDto(
    string Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url,
    IReadOnlyList<string> Authors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Publisher,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Doi);
