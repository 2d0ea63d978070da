using System.Text.Json.Serialization;

namespace NkFunctions.Core.Http;

/// <summary>Source-generated JSON for the HTTP layer's own documents (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProblemDocument))]
internal sealed partial class HttpJsonContext : JsonSerializerContext;
