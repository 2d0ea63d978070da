namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>One validated event of a beacon.</summary>
/// <param name="Id">Client-made id, unique within the page view; part of the RowKey, so retries overwrite.</param>
/// <param name="Type">What happened.</param>
/// <param name="Section">The section, for <see cref="BeaconEventType.Section"/>.</param>
/// <param name="EngagedMs">Engaged time so far, for engagement and read events.</param>
/// <param name="ScrollDepth">Max scroll depth so far in percent, for engagement events.</param>
/// <param name="SectionMs">Engaged time so far per section, for engagement events.</param>
public sealed record BeaconEvent(
    string Id,
    BeaconEventType Type,
    string? Section,
    int? EngagedMs,
    int? ScrollDepth,
    IReadOnlyDictionary<string, int>? SectionMs);
