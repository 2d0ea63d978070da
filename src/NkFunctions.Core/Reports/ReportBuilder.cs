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

    /// <summary>The largest values of a dimension (ties by value, ordinal), at most the query's limit.</summary>
    public static List<BreakdownRow> Breakdown(StatsQuery query, IEnumerable<DayAggregate> days)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = Merge(days).Dimensions.GetValueOrDefault(query.Dimension) ?? [];
        return [.. values
            .Select(v => new BreakdownRow(v.Key, v.Value.Pageviews, v.Value.Visitors))
            .OrderByDescending(r => r.Pageviews)
            .ThenByDescending(r => r.Visitors)
            .ThenBy(r => r.Value, StringComparer.Ordinal)
            .Take(query.Limit)];
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
            total.Pageviews += day.Pageviews;
            total.Visitors += day.Visitors;
            total.Reads += day.Reads;
            total.Bounces += day.Bounces;
            total.Bots += day.Bots;
            total.ScrollSum += day.ScrollSum;
            total.ScrollCount += day.ScrollCount;
            total.Engaged.Merge(day.Engaged);
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

    private static double Ratio(long numerator, long denominator, int digits) =>
        denominator == 0 ? 0 : Math.Round((double)numerator / denominator, digits);
}
