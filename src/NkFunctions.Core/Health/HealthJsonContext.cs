using System.Text.Json.Serialization;

namespace NkFunctions.Core.Health;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadinessDto))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
