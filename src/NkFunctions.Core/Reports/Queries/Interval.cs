namespace NkFunctions.Core.Reports.Queries;

/// <summary>The rows of a time series.</summary>
public enum Interval
{
    /// <summary>One row per UTC day.</summary>
    Day,

    /// <summary>One row per ISO week (Monday to Sunday).</summary>
    Week,

    /// <summary>One row per calendar month.</summary>
    Month,
}
