using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// Source-generated JSON for prerendered articles: no reflection at start-up, where reading them has to be cheaper
/// than rendering them. Relaxed escaping keeps the HTML readable and the files small (they are never served).
/// </summary>
[JsonSerializable(typeof(PrerenderedArticle))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class PrerenderJson : JsonSerializerContext
{
    /// <summary>The context used to read and write prerendered articles.</summary>
    public static PrerenderJson Files { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
