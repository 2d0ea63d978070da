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
    IReadOnlyDictionary<string, int>? SectionMs)
{
    /// <summary>
    /// Events from Plausible's trackers only: the link key (same visitor-day, article and page). A page view stores it
    /// as <c>Link</c>; engagement and custom events as <c>LinkTo</c>, and reports attach them to the most recent page view
    /// with that link. Their <see cref="EngagedMs"/> is an increment, summed per page view, not a running total.
    /// </summary>
    public string? Link { get; init; }

    /// <summary>For <see cref="BeaconEventType.Custom"/>: the event (goal) name.</summary>
    public string? Goal { get; init; }

    /// <summary>Custom properties, already reduced to what may be stored.</summary>
    public IReadOnlyDictionary<string, string>? Props { get; init; }
}
