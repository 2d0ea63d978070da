namespace NkFunctions.Core.Health;

/// <summary>One storage check's outcome.</summary>
/// <param name="Status"><c>reachable</c>, <c>forbidden</c>, <c>credential-unavailable</c> or <c>unreachable</c>.</param>
/// <param name="Reachable">True when a table query succeeded.</param>
/// <param name="Latency">How long the check took.</param>
/// <param name="CheckedAt">When it finished.</param>
/// <param name="Detail">What to do about a failure, in words safe to show anyone (no account names, no exception text).</param>
public sealed record StorageCheck(string Status, bool Reachable, TimeSpan Latency, DateTimeOffset CheckedAt, string? Detail);
