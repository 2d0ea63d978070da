using System.Text.Json.Serialization;

namespace NkFunctions.Core.Reports.Output;

/// <summary>Headline figures over a range (<c>GET /api/stats/summary</c>).</summary>
/// <param name="Article">The slug, or null for all articles.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Pageviews">Non-bot page views.</param>
/// <param name="Visitors">Sum of daily distinct visitors.</param>
/// <param name="Reads">Page views that became reads.</param>
/// <param name="ReadRatio">Reads / page views.</param>
/// <param name="MedianEngagedSeconds">Median engaged time per page view.</param>
/// <param name="AvgScrollDepth">Mean max scroll depth, percent.</param>
/// <param name="BounceRate">Bounced visitor-days / visitor-days.</param>
/// <param name="Bots">Bot page views (excluded from everything else).</param>
public sealed record SummaryRow(
    string? Article,
    DateOnly From,
    DateOnly To,
    long Pageviews,
    long Visitors,
    long Reads,
    double ReadRatio,
    double MedianEngagedSeconds,
    double AvgScrollDepth,
    double BounceRate,
    long Bots)
{
    /// <summary>The compared period's figures (<c>compare</c>), else absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryRow? Previous { get; init; }

    /// <summary>The change from <see cref="Previous"/>, else absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryChange? Change { get; init; }
}

/// <summary>
/// How a summary changed from the compared period. Counts and times: percent change, rounded to 0.1, null when the
/// compared value is 0 (no finite change). Ratios: the difference in points of the same unit (read and bounce rate
/// as fractions, scroll depth in percent).
/// </summary>
/// <param name="Pageviews">Percent change.</param>
/// <param name="Visitors">Percent change.</param>
/// <param name="Reads">Percent change.</param>
/// <param name="ReadRatio">Difference (fraction).</param>
/// <param name="MedianEngagedSeconds">Percent change.</param>
/// <param name="AvgScrollDepth">Difference (percentage points).</param>
/// <param name="BounceRate">Difference (fraction).</param>
/// <param name="Bots">Percent change.</param>
public sealed record SummaryChange(
    double? Pageviews,
    double? Visitors,
    double? Reads,
    double ReadRatio,
    double? MedianEngagedSeconds,
    double AvgScrollDepth,
    double BounceRate,
    double? Bots);

/// <summary>One interval of a time series.</summary>
/// <param name="Date">First day of the interval (clipped to the range's start).</param>
/// <param name="Pageviews">Non-bot page views.</param>
/// <param name="Visitors">Sum of daily distinct visitors.</param>
/// <param name="Reads">Reads.</param>
/// <param name="MedianEngagedSeconds">Median engaged time per page view.</param>
public sealed record TimeseriesRow(DateOnly Date, long Pageviews, long Visitors, long Reads, double MedianEngagedSeconds)
{
    /// <summary>The compared period's interval at the same position (<c>compare</c>), else absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TimeseriesRow? Previous { get; init; }
}

/// <summary>One step of the read-depth funnel.</summary>
/// <param name="SectionId">The section's id.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Seen">Page views that saw it.</param>
/// <param name="SeenRatio">Seen / page views.</param>
/// <param name="MedianEngagedSeconds">Median engaged time in it, over the page views that saw it.</param>
public sealed record SectionRow(string SectionId, string Title, long Seen, double SeenRatio, double MedianEngagedSeconds);

/// <summary>One article of top articles (<c>by=article</c>).</summary>
/// <param name="Value">The article's slug.</param>
/// <param name="Title">Its title, or null when it is no longer published.</param>
/// <param name="Pageviews">Non-bot page views.</param>
/// <param name="Visitors">Sum of daily distinct visitors of the article.</param>
/// <param name="Reads">Reads.</param>
/// <param name="ReadRatio">Reads / page views.</param>
/// <param name="MedianEngagedSeconds">Median engaged time per page view.</param>
/// <param name="AvgScrollDepth">Mean max scroll depth, percent.</param>
public sealed record ArticleRow(
    string Value,
    string? Title,
    long Pageviews,
    long Visitors,
    long Reads,
    double ReadRatio,
    double MedianEngagedSeconds,
    double AvgScrollDepth);

/// <summary>One value of a breakdown.</summary>
/// <param name="Value">The value, or <c>(none)</c>.</param>
/// <param name="Pageviews">Page views with it.</param>
/// <param name="Visitors">Sum of daily distinct visitors with it.</param>
/// <param name="ConversionRate">
/// Goals and goal properties only: <paramref name="Visitors"/> (the visitors who converted) over every visitor of the
/// report's scope and filters, 0–1; Plausible's definition (unique conversions / unique visitors), on our daily
/// visitor basis. Absent from other dimensions, where a share of visitors is not a conversion.
/// </param>
public sealed record BreakdownRow(
    string Value,
    long Pageviews,
    long Visitors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ConversionRate = null);
