namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>
/// The names of the beacon functions. The function classes use these constants in their <c>[Function]</c>
/// attributes, so the filters that apply to beacons only (the rate limit) can never miss a renamed one.
/// </summary>
public static class BeaconEndpoints
{
    /// <summary><c>POST /api/events</c>, our own protocol.</summary>
    public const string PostEvents = "PostEvents";

    /// <summary><c>POST /api/event</c>, Plausible's Events API.</summary>
    public const string PostPlausibleEvent = "PostPlausibleEvent";

    /// <summary>True for a beacon function.</summary>
    public static bool Contains(string functionName) =>
        string.Equals(functionName, PostEvents, StringComparison.Ordinal) || string.Equals(functionName, PostPlausibleEvent, StringComparison.Ordinal);
}
