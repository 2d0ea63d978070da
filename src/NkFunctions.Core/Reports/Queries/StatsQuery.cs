using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Reports.Queries;

/// <summary>A validated report request.</summary>
/// <param name="Article">The article's slug, or null for all articles.</param>
/// <param name="From">First UTC day, inclusive.</param>
/// <param name="To">Last UTC day, inclusive.</param>
/// <param name="Format">JSON or CSV.</param>
/// <param name="Interval">Time-series rows.</param>
/// <param name="Dimension">Breakdown dimension.</param>
/// <param name="Limit">Most breakdown rows.</param>
public sealed record StatsQuery(string? Article, DateOnly From, DateOnly To, ReportFormat Format, Interval Interval = Interval.Day, Dimension Dimension = Dimension.Referrer, int Limit = 10)
{
    /// <summary>The rollup scope: the slug, or all articles.</summary>
    public string Scope => Article ?? DayAggregator.AllArticles;
}
