using System.Text.Json.Serialization;

namespace NkFunctions.Core.Content.Serving;

/// <summary>Source-generated, camelCase JSON for the content API.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(ArticleSummaryDto))]
[JsonSerializable(typeof(TagListDto))]
[JsonSerializable(typeof(Listing.TagInfo))]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(SectionDocumentDto))]
[JsonSerializable(typeof(HealthDto))]
[JsonSerializable(typeof(AuthorListDto))]
[JsonSerializable(typeof(Authors.AuthorInfo))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
