using System.Text.Json.Serialization;

namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>An oEmbed 1.0 response of type <c>rich</c> (§2.3.4), fields in the spec's order and names.</summary>
internal sealed record OEmbedResponse(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AuthorName,
    [property: JsonPropertyName("provider_name")] string ProviderName,
    [property: JsonPropertyName("provider_url")] string ProviderUrl,
    [property: JsonPropertyName("cache_age")] int CacheAge,
    [property: JsonPropertyName("html")] string Html,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height);

[JsonSerializable(typeof(OEmbedResponse))]
internal sealed partial class OEmbedJsonContext : JsonSerializerContext;
