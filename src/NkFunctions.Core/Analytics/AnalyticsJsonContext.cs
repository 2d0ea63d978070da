using System.Text.Json.Serialization;

namespace NkFunctions.Core.Analytics;

/// <summary>Source-generated JSON for analytics documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, int>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Ingestion.BeaconAccepted))]
internal sealed partial class AnalyticsJsonContext : JsonSerializerContext;
