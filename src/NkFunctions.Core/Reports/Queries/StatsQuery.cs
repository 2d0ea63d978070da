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
/// <param name="Sort">What breakdown rows are ordered by.</param>
/// <param name="Ascending">Smallest first instead of largest first.</param>
/// <param name="Compare">The period compared with (summary and time series).</param>
/// <param name="Filters">Filters every page view must pass (AND); empty for none.</param>
public sealed record StatsQuery(
    string? Article,
    DateOnly From,
    DateOnly To,
    ReportFormat Format,
    Interval Interval = Interval.Day,
    Dimension Dimension = Dimension.Referrer,
    int Limit = 10,
    BreakdownSort Sort = BreakdownSort.Pageviews,
    bool Ascending = false,
    Comparison Compare = Comparison.None,
    IReadOnlyList<ReportFilter>? Filters = null)
{
    /// <summary>The filters (never null).</summary>
    public IReadOnlyList<ReportFilter> FilterList => Filters ?? [];

    /// <summary>The compared period's query (same scope and shape, other dates), or null without a comparison.</summary>
    public StatsQuery? Previous => Compare switch
    {
        Comparison.PreviousPeriod => this with { From = From.AddDays(From.DayNumber - To.DayNumber - 1), To = From.AddDays(-1), Compare = Comparison.None },
        Comparison.YearOverYear => this with { From = From.AddYears(-1), To = To.AddYears(-1), Compare = Comparison.None },
        _ => null,
    };

    /// <summary>
    /// The rollup scope: the slug, or all articles. Top articles always reads the all-articles scope, where the
    /// per-article totals are kept; an <c>article</c> there only picks its row.
    /// </summary>
    public string Scope => Article is null || Dimension == Dimension.Article ? DayAggregator.AllArticles : Article;
}
