namespace NkFunctions.Core.Analytics;

/// <summary>How beacons reach Table Storage.</summary>
public enum WriteMode
{
    /// <summary>Group commit into entity-group transactions (the default, and the only mode for production).</summary>
    GroupCommit,

    /// <summary>One storage call per event: the benchmark's baseline.</summary>
    PerEvent,
}
