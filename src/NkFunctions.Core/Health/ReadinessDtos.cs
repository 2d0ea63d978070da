namespace NkFunctions.Core.Health;

internal sealed record ReadinessDto(string Status, DateTimeOffset CheckedAt, StorageReadinessDto Storage);

internal sealed record StorageReadinessDto(string Status, string Authentication, long LatencyMs, string? Detail);
