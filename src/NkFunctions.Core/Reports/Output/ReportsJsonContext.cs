using System.Text.Json.Serialization;

namespace NkFunctions.Core.Reports.Output;

/// <summary>Source-generated JSON for reports.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SummaryRow))]
[JsonSerializable(typeof(IReadOnlyList<TimeseriesRow>))]
[JsonSerializable(typeof(IReadOnlyList<SectionRow>))]
[JsonSerializable(typeof(IReadOnlyList<BreakdownRow>))]
[JsonSerializable(typeof(IReadOnlyList<ArticleRow>))]
[JsonSerializable(typeof(Realtime.RealtimeReport))]
internal sealed partial class ReportsJsonContext : JsonSerializerContext;
