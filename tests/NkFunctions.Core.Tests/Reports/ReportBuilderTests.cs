using NkFunctions.Core.Reports;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Output;
using NkFunctions.Core.Reports.Queries;

namespace NkFunctions.Core.Tests.Reports;

public sealed class ReportBuilderTests
{
    [Fact]
    public void Summary_SumsDailyVisitors_AndDerivesRatiosFromTheSums()
    {
        var query = new StatsQuery("a", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), ReportFormat.Json);
        var one = Day(pageviews: 3, visitors: 2, reads: 1, bounces: 1, bots: 4, scroll: (150, 2));
        var two = Day(pageviews: 1, visitors: 1, reads: 1, bounces: 0, bots: 0, scroll: (100, 1));

        var summary = ReportBuilder.Summary(query, [one, two]);

        Assert.Equal(4, summary.Pageviews);
        Assert.Equal(3, summary.Visitors);
        Assert.Equal(2, summary.Reads);
        Assert.Equal(0.5, summary.ReadRatio);
        Assert.Equal(83.3, summary.AvgScrollDepth);
        Assert.Equal(0.3333, summary.BounceRate);
        Assert.Equal(4, summary.Bots);
    }

    [Fact]
    public void Summary_NoTraffic_IsAllZeros_NotNaN()
    {
        var query = new StatsQuery(null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), ReportFormat.Json);
        var summary = ReportBuilder.Summary(query, [new DayAggregate()]);
        Assert.Equal((0, 0, 0.0, 0.0, 0.0), (summary.Pageviews, summary.Visitors, summary.ReadRatio, summary.AvgScrollDepth, summary.BounceRate));
    }

    [Theory]
    [InlineData("2026-11-25", Interval.Week, "2026-11-01", "2026-11-23")] // a Wednesday → its Monday
    [InlineData("2026-11-23", Interval.Week, "2026-11-01", "2026-11-23")] // a Monday is its own start
    [InlineData("2026-11-29", Interval.Week, "2026-11-01", "2026-11-23")] // a Sunday ends the ISO week
    [InlineData("2026-11-03", Interval.Week, "2026-11-02", "2026-11-02")]
    [InlineData("2026-11-03", Interval.Week, "2026-11-03", "2026-11-03")] // clipped to from
    [InlineData("2026-11-25", Interval.Month, "2026-10-01", "2026-11-01")]
    [InlineData("2026-11-25", Interval.Month, "2026-11-10", "2026-11-10")]
    [InlineData("2026-11-25", Interval.Day, "2026-11-01", "2026-11-25")]
    public void IntervalStart_IsTheIntervalsFirstDay_ClippedToFrom(string day, Interval interval, string from, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReportBuilder.IntervalStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), interval, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Timeseries_Weekly_OneRowPerWeek_WithZeroRowsKept()
    {
        var from = new DateOnly(2026, 11, 4); // Wednesday
        var to = new DateOnly(2026, 11, 23); // Monday, three weeks later
        var days = new SortedDictionary<DateOnly, DayAggregate>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            days[d] = d == new DateOnly(2026, 11, 10) ? Day(pageviews: 5, visitors: 4, reads: 2, bounces: 0, bots: 0, scroll: (0, 0)) : new DayAggregate();
        }

        var rows = ReportBuilder.Timeseries(new StatsQuery(null, from, to, ReportFormat.Json, Interval.Week), days);

        Assert.Equal([new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], rows.Select(r => r.Date));
        Assert.Equal([0L, 5, 0, 0], rows.Select(r => r.Pageviews));
    }

    [Fact]
    public void Breakdown_LargestFirst_TiesByValue_Limited()
    {
        var day = new DayAggregate();
        day.For(Dimension.Referrer, "b.example").Pageviews = 5;
        day.For(Dimension.Referrer, "a.example").Pageviews = 5;
        day.For(Dimension.Referrer, "c.example").Pageviews = 9;
        day.For(Dimension.Referrer, "d.example").Pageviews = 1;
        var query = new StatsQuery(null, default, default, ReportFormat.Json, Dimension: Dimension.Referrer, Limit: 3);

        var rows = ReportBuilder.Breakdown(query, [day, day]);

        Assert.Equal(["c.example", "a.example", "b.example"], rows.Select(r => r.Value));
        Assert.Equal(18, rows[0].Pageviews);
    }

    [Fact]
    public void Breakdown_SortByVisitorsAscending_ThenPageviewsLargestFirst()
    {
        var day = new DayAggregate();
        (day.For(Dimension.Device, "mobile").Pageviews, day.For(Dimension.Device, "mobile").Visitors) = (9, 2);
        (day.For(Dimension.Device, "tablet").Pageviews, day.For(Dimension.Device, "tablet").Visitors) = (4, 2);
        (day.For(Dimension.Device, "desktop").Pageviews, day.For(Dimension.Device, "desktop").Visitors) = (3, 3);
        var query = new StatsQuery(null, default, default, ReportFormat.Json, Dimension: Dimension.Device, Sort: BreakdownSort.Visitors, Ascending: true);

        Assert.Equal(["mobile", "tablet", "desktop"], ReportBuilder.Breakdown(query, [day]).Select(r => r.Value));
        Assert.Equal(["desktop", "mobile", "tablet"], ReportBuilder.Breakdown(query with { Ascending = false }, [day]).Select(r => r.Value));
    }

    [Fact]
    public void Breakdown_GoalsAndProps_ConversionRateOverAllVisitorsOfTheDays_OtherDimensionsNone()
    {
        // Two days of 8 and 12 visitors; 3 and 2 of them converted: 5 of 20.
        var first = new DayAggregate { Visitors = 8 };
        (first.For(Dimension.Goal, "Signup").Pageviews, first.For(Dimension.Goal, "Signup").Visitors) = (4, 3);
        (first.For(Dimension.Prop, "Signup | plan=pro").Pageviews, first.For(Dimension.Prop, "Signup | plan=pro").Visitors) = (1, 1);
        first.For(Dimension.Device, "mobile").Visitors = 8;
        var second = new DayAggregate { Visitors = 12 };
        (second.For(Dimension.Goal, "Signup").Pageviews, second.For(Dimension.Goal, "Signup").Visitors) = (2, 2);
        var goals = new StatsQuery(null, default, default, ReportFormat.Json, Dimension: Dimension.Goal);

        Assert.Equal(0.25, Assert.Single(ReportBuilder.Breakdown(goals, [first, second])).ConversionRate);
        Assert.Equal(0.05, Assert.Single(ReportBuilder.Breakdown(goals with { Dimension = Dimension.Prop }, [first, second])).ConversionRate);
        Assert.Null(Assert.Single(ReportBuilder.Breakdown(goals with { Dimension = Dimension.Device }, [first, second])).ConversionRate);

        // No visitors at all (every page view a bot's, say): a rate of 0, not a division by zero.
        var empty = new DayAggregate();
        empty.For(Dimension.Goal, "Signup").Pageviews = 1;
        Assert.Equal(0, Assert.Single(ReportBuilder.Breakdown(goals, [empty])).ConversionRate);
    }

    [Fact]
    public void Articles_SumsEachArticleOverDays_DerivesItsRatios_SortsByAnyFigure()
    {
        static DayAggregate Totals(long pageviews, long visitors, long reads, (long Sum, long Count) scroll, params long[] engagedMs)
        {
            var a = Day(pageviews, visitors, reads, 0, 0, scroll);
            foreach (var ms in engagedMs)
            {
                a.Engaged.AddMilliseconds(ms);
            }

            return a;
        }

        var one = new DayAggregate();
        one.Articles["busy"] = Totals(3, 2, 0, (90, 3), 1_000, 2_000, 3_000);
        one.Articles["deep"] = Totals(1, 1, 1, (100, 1), 90_000);
        var two = new DayAggregate();
        two.Articles["busy"] = Totals(2, 2, 0, (60, 2), 4_000, 5_000);
        two.Articles["bots-only"] = new DayAggregate { Bots = 4 };
        var query = new StatsQuery(null, default, default, ReportFormat.Json, Dimension: Dimension.Article, Limit: 10);
        string? Title(string slug) => slug == "busy" ? "Busy" : null;

        var rows = ReportBuilder.Articles(query, [one, two], Title);

        // Page views first; an article with only bots is not a top article.
        Assert.Equal(["busy", "deep"], rows.Select(r => r.Value));
        Assert.Equal(new ArticleRow("busy", "Busy", 5, 4, 0, 0, 3, 30), rows[0]);
        Assert.Equal(new ArticleRow("deep", null, 1, 1, 1, 1, 90, 100), rows[1]);
        foreach (var sort in new[] { BreakdownSort.Reads, BreakdownSort.ReadRatio, BreakdownSort.MedianEngagedSeconds, BreakdownSort.AvgScrollDepth })
        {
            Assert.Equal(["deep", "busy"], ReportBuilder.Articles(query with { Sort = sort }, [one, two], Title).Select(r => r.Value));
        }

        Assert.Equal(["deep", "busy"], ReportBuilder.Articles(query with { Ascending = true }, [one, two], Title).Select(r => r.Value));
        Assert.Equal(["busy"], ReportBuilder.Articles(query with { Limit = 1 }, [one, two], Title).Select(r => r.Value));
        Assert.Equal(["deep"], ReportBuilder.Articles(query with { Article = "deep" }, [one, two], Title).Select(r => r.Value));
    }

    [Fact]
    public void Compared_CountsAndTimesInPercent_RatiosInPoints_NullFromZero()
    {
        var query = new StatsQuery(null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), ReportFormat.Json);
        var current = new SummaryRow(null, query.From, query.To, 150, 90, 30, 0.2, 45, 60, 0.25, 0);
        var previous = new SummaryRow(null, query.From.AddDays(-1), query.To.AddDays(-1), 100, 120, 10, 0.1, 30, 72.5, 0.5, 7);

        var change = ReportBuilder.Compared(current, previous).Change!;

        Assert.Equal(new SummaryChange(50, -25, 200, 0.1, 50, -12.5, -0.25, -100), change);
        Assert.Null(ReportBuilder.Compared(previous, current with { Bots = 0 }).Change!.Bots);
    }

    [Theory]
    [InlineData("2026-11-06", "2026-12-05", Comparison.PreviousPeriod, "2026-10-07", "2026-11-05")]
    [InlineData("2026-12-05", "2026-12-05", Comparison.PreviousPeriod, "2026-12-04", "2026-12-04")]
    [InlineData("2024-02-29", "2024-03-01", Comparison.YearOverYear, "2023-02-28", "2023-03-01")]
    public void Previous_IsTheComparedRange(string from, string to, Comparison compare, string previousFrom, string previousTo)
    {
        var query = new StatsQuery("a", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), ReportFormat.Json, Compare: compare);

        var previous = query.Previous!;

        Assert.Equal((previousFrom, previousTo), (previous.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), previous.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(("a", Comparison.None), (previous.Article, previous.Compare));
        Assert.Null(query with { Compare = Comparison.None } is { Previous: var none } ? none : null);
    }

    private static DayAggregate Day(long pageviews, long visitors, long reads, long bounces, long bots, (long Sum, long Count) scroll) =>
        new() { Pageviews = pageviews, Visitors = visitors, Reads = reads, Bounces = bounces, Bots = bots, ScrollSum = scroll.Sum, ScrollCount = scroll.Count };
}
