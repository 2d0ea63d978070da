namespace NkFunctions.Core.Reports.Queries;

/// <summary>The period a summary or time series is compared with (<c>compare</c>).</summary>
public enum Comparison
{
    /// <summary>No comparison.</summary>
    None,

    /// <summary>The same number of days immediately before <c>from</c>.</summary>
    PreviousPeriod,

    /// <summary>The same dates one year earlier (29 February becomes 28 February).</summary>
    YearOverYear,
}
