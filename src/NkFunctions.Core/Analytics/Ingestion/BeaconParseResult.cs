namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>A parsed beacon, or what was wrong with it (the field path and why).</summary>
public sealed record BeaconParseResult(Beacon? Beacon, string? Field, string? Error, string Code)
{
    /// <summary>A valid beacon.</summary>
    public static BeaconParseResult Valid(Beacon beacon) => new(beacon, null, null, "ok");

    /// <summary>An invalid beacon; <paramref name="field"/> is a JSON path like <c>events[2].scrollDepth</c>.</summary>
    public static BeaconParseResult Invalid(string code, string field, string error) => new(null, field, error, code);
}
