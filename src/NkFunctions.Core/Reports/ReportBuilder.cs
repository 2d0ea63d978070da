using NkFunctions.Core.Content;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Output;
using NkFunctions.Core.Reports.Queries;

namespace NkFunctions.Core.Reports;

/// <summary>
/// Turns day aggregates into report rows. Pure: the same days give the same rows whether they came from rollups or
/// from raw events, which is what lets a test prove the two paths agree.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Headline figures over the days.</summary>
    public static SummaryRow Summary(StatsQuery query, IEnumerable<DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = Merge(days);
        return new SummaryRow(
            query.Article,
            query.From,
            query.To,
            total.Pageviews,
            total.Visitors,
            total.Reads,
            Ratio(total.Reads, total.Pageviews, 4),
            total.Engaged.Median(),
            Ratio(total.ScrollSum, total.ScrollCount, 1),
            Ratio(total.Bounces, total.Visitors, 4),
            total.Bots);
    }

    /// <summary>The summary with the compared period's figures and the change from them.</summary>
    public static SummaryRow Compared(SummaryRow current, SummaryRow previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return current with
        {
            Previous = previous,
            Change = new SummaryChange(
                PercentChange(current.Pageviews, previous.Pageviews),
                PercentChange(current.Visitors, previous.Visitors),
                PercentChange(current.Reads, previous.Reads),
                Math.Round(current.ReadRatio - previous.ReadRatio, 4),
                PercentChange(current.MedianEngagedSeconds, previous.MedianEngagedSeconds),
                Math.Round(current.AvgScrollDepth - previous.AvgScrollDepth, 1),
                Math.Round(current.BounceRate - previous.BounceRate, 4),
                PercentChange(current.Bots, previous.Bots)),
        };
    }

    /// <summary>
    /// Each interval with the compared period's interval at the same position (the first with the first); a
    /// position the compared period lacks (its months may split differently) has none.
    /// </summary>
    public static List<TimeseriesRow> Compared(IReadOnlyList<TimeseriesRow> current, IReadOnlyList<TimeseriesRow> previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return [.. current.Select((row, i) => row with { Previous = i < previous.Count ? previous[i] : null })];
    }

    /// <summary>One row per interval of the query's range, zeros included.</summary>
    public static List<TimeseriesRow> Timeseries(StatsQuery query, SortedDictionary<DateOnly, DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(days);
        return [.. days
            .GroupBy(d => IntervalStart(d.Key, query.Interval, query.From))
            .Select(g =>
            {
                var merged = Merge(g.Select(d => d.Value));
                return new TimeseriesRow(g.Key, merged.Pageviews, merged.Visitors, merged.Reads, merged.Engaged.Median());
            })];
    }

    /// <summary>The funnel in article order; sections nobody saw are listed with zeros.</summary>
    public static List<SectionRow> Sections(IReadOnlyList<Section> sections, IEnumerable<DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var total = Merge(days);
        return [.. sections.Select(s =>
        {
            var seen = total.Sections.GetValueOrDefault(s.Id);
            return new SectionRow(s.Id, s.Title, seen?.Seen ?? 0, Ratio(seen?.Seen ?? 0, total.Pageviews, 4), seen?.Engaged.Median() ?? 0);
        })];
    }

    /// <summary>
    /// The values of a dimension by the query's sort (largest first unless ascending; then by the other count, largest
    /// first, then by value, ordinal), at most the query's limit.
    /// </summary>
    public static List<BreakdownRow> Breakdown(StatsQuery query, IEnumerable<DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = Merge(days);
        var values = total.Dimensions.GetValueOrDefault(query.Dimension) ?? [];
        var conversions = DimensionNames.IsConversion(query.Dimension);
        var rows = values.Select(v => new BreakdownRow(
            v.Key,
            v.Value.Pageviews,
            v.Value.Visitors,
            conversions ? Ratio(v.Value.Visitors, total.Visitors, 4) : null));
        return [.. Ordered(rows, query, r => query.Sort == BreakdownSort.Visitors ? r.Visitors : r.Pageviews, r => query.Sort == BreakdownSort.Visitors ? r.Pageviews : r.Visitors, r => r.Value).Take(query.Limit)];
    }

    /// <summary>
    /// Top articles: every article with page views (or bots) in the range with its headline figures, ordered by the
    /// query's sort (then page views, then slug), at most the query's limit; with an article, only its row.
    /// </summary>
    public static List<ArticleRow> Articles(StatsQuery query, IEnumerable<DayAggregate> days, Func<string, string?> title)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(title);
        var rows = Merge(days).Articles
            .Where(a => (query.Article is null || a.Key == query.Article) && a.Value.Pageviews > 0)
            .Select(a => new ArticleRow(
                a.Key,
                title(a.Key),
                a.Value.Pageviews,
                a.Value.Visitors,
                a.Value.Reads,
                Ratio(a.Value.Reads, a.Value.Pageviews, 4),
                a.Value.Engaged.Median(),
                Ratio(a.Value.ScrollSum, a.Value.ScrollCount, 1)));
        return [.. Ordered(rows, query, r => SortKey(r, query.Sort), r => query.Sort == BreakdownSort.Pageviews ? r.Visitors : r.Pageviews, r => r.Value).Take(query.Limit)];
    }

    private static double SortKey(ArticleRow row, BreakdownSort sort) => sort switch
    {
        BreakdownSort.Visitors => row.Visitors,
        BreakdownSort.Reads => row.Reads,
        BreakdownSort.ReadRatio => row.ReadRatio,
        BreakdownSort.MedianEngagedSeconds => row.MedianEngagedSeconds,
        BreakdownSort.AvgScrollDepth => row.AvgScrollDepth,
        _ => row.Pageviews,
    };

    // One ordering rule for every breakdown: the sort key in the asked direction, then a second count (largest
    // first: visitors under page views, page views under anything else), then the value (ordinal), so equal figures
    // always come out in the same order from rollups and raw events.
    private static IOrderedEnumerable<T> Ordered<T>(IEnumerable<T> rows, StatsQuery query, Func<T, double> key, Func<T, long> then, Func<T, string> value)
    {
        var sorted = query.Ascending ? rows.OrderBy(key) : rows.OrderByDescending(key);
        return sorted.ThenByDescending(then).ThenBy(value, StringComparer.Ordinal);
    }

    /// <summary>The start of the interval holding <paramref name="day"/>, clipped to <paramref name="from"/>.</summary>
    public static DateOnly IntervalStart(DateOnly day, Interval interval, DateOnly from)
    {
        var start = interval switch
        {
            Interval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            Interval.Month => new DateOnly(day.Year, day.Month, 1),
            _ => day,
        };
        return start < from ? from : start;
    }

    /// <summary>Sums days: counts add, histograms merge, visitors add (the sum of daily visitors).</summary>
    public static DayAggregate Merge(IEnumerable<DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var total = new DayAggregate();
        foreach (var day in days)
        {
            total.AddTotals(day);
            foreach (var (slug, article) in day.Articles)
            {
                total.ArticleTotals(slug).AddTotals(article);
            }

            foreach (var (id, section) in day.Sections)
            {
                var into = total.Section(id);
                into.Seen += section.Seen;
                into.Engaged.Merge(section.Engaged);
            }

            foreach (var (dimension, values) in day.Dimensions)
            {
                foreach (var (value, count) in values)
                {
                    var into = total.For(dimension, value);
                    into.Pageviews += count.Pageviews;
                    into.Visitors += count.Visitors;
                }
            }
        }

        return total;
    }

    private static double? PercentChange(double current, double previous) =>
        previous == 0 ? null : Math.Round((current - previous) / previous * 100, 1);

    private static double Ratio(long numerator, long denominator, int digits) =>
        denominator == 0 ? 0 : Math.Round((double)numerator / denominator, digits);
}
