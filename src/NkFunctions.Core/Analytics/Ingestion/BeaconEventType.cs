namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>What a beacon event records (docs/beacons.md).</summary>
public enum BeaconEventType
{
    /// <summary>The page was shown.</summary>
    PageView,

    /// <summary>A section was seen (>= 50% visible, or filling half the viewport, for >= 1 s).</summary>
    Section,

    /// <summary>Cumulative engaged time, scroll depth and per-section engaged time so far.</summary>
    Engagement,

    /// <summary>The reader finished the article (last section seen and enough engaged time).</summary>
    Read,

    /// <summary>A custom event (goal) with optional props, from Plausible's trackers.</summary>
    Custom,
}
