namespace NkFunctions.Core.Reports.Queries;

/// <summary>
/// What a breakdown's rows are ordered by (<c>sort</c>). Every dimension sorts by page views or visitors; top
/// articles (<c>by=article</c>) by any of its figures.
/// </summary>
public enum BreakdownSort
{
    /// <summary>Page views (the default).</summary>
    Pageviews,

    /// <summary>Visitors.</summary>
    Visitors,

    /// <summary>Reads (top articles only).</summary>
    Reads,

    /// <summary>Reads / page views (top articles only).</summary>
    ReadRatio,

    /// <summary>Median engaged time (top articles only).</summary>
    MedianEngagedSeconds,

    /// <summary>Mean scroll depth (top articles only).</summary>
    AvgScrollDepth,
}
