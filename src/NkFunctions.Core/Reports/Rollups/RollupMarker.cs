namespace NkFunctions.Core.Reports.Rollups;

/// <summary>A rolled-up day.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="RawDeleted">Its raw events were deleted by retention (the rollup is all that is left).</param>
public sealed record RollupMarker(DateOnly Day, bool RawDeleted);
