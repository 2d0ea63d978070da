using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Rollups;

/// <summary>Which rows of a scope's days a report needs: each report reads only its own RowKey ranges.</summary>
/// <param name="Sections">Section rows as well as totals.</param>
/// <param name="Dimension">One breakdown dimension's rows as well as totals.</param>
/// <param name="Articles">Per-article totals rows as well as totals (all-articles scope).</param>
public sealed record RollupParts(bool Sections = false, Dimension? Dimension = null, bool Articles = false)
{
    /// <summary>Totals only (summary, time series).</summary>
    public static RollupParts Totals { get; } = new();
}
