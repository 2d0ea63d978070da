using Azure.Data.Tables;
using NkFunctions.Core.Reports;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;
using NkFunctions.Core.Reports.Rollups;

namespace NkFunctions.Core.Tests.Reports;

public sealed class RollupEntitiesTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void ToEntitiesThenApply_RoundTripsEveryFigure_IncludingHostileBreakdownValues()
    {
        var one = DayAggregatorTests.View("a", "pv1", "v1", engagedMs: 40_000, read: true, scroll: 80);
        one.SectionsSeen.Add("intro");
        one.SectionMs["intro"] = 12_000;
        one.Dimensions[(int)Dimension.UtmCampaign] = "spring_sale/#1?x=\\y";
        one.Dimensions[(int)Dimension.UtmSource] = "news_letter";
        var two = DayAggregatorTests.View("a", "pv2", "v2", engagedMs: 3_000, bot: false);
        var three = DayAggregatorTests.View("b", "pv3", "v1", engagedMs: 9_000, scroll: 30);
        var original = DayAggregator.Aggregate([one, two, three])[DayAggregator.AllArticles];
        Assert.Equal(["a", "b"], original.Articles.Keys.Order(StringComparer.Ordinal));

        var rows = RollupEntities.ToEntities(DayAggregator.AllArticles, Day, original);
        var days = new Dictionary<DateOnly, DayAggregate>();
        foreach (var row in rows)
        {
            AssertValidRowKey(row.RowKey);
            RollupEntities.Apply(row, d => days.TryGetValue(d, out var a) ? a : days[d] = new DayAggregate());
        }

        var restored = Assert.Single(days);
        Assert.Equal(Day, restored.Key);
        var expected = ReportBuilder.Merge([original]);
        var actual = ReportBuilder.Merge([restored.Value]);
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(1, actual.Dimensions[Dimension.UtmCampaign]["spring_sale/#1?x=\\y"].Pageviews);
        Assert.Equal(1, actual.Dimensions[Dimension.UtmSource]["news_letter"].Visitors);
        Assert.Equal((2, 1, 30), (actual.Articles["a"].Pageviews, actual.Articles["a"].Reads, actual.Articles["b"].ScrollSum));
    }

    [Fact]
    public void ToEntities_EmptyDay_WritesNothing() =>
        Assert.Empty(RollupEntities.ToEntities("a", Day, new DayAggregate()));

    [Fact]
    public void RowKeys_SortSoEachReportReadsOneRange()
    {
        Assert.True(string.CompareOrdinal(RollupKeys.Totals(Day), RollupKeys.TotalsPrefix(Day.AddDays(1))) < 0);
        Assert.True(string.CompareOrdinal(RollupKeys.Section(Day, "zzz"), RollupKeys.SectionPrefix(Day.AddDays(1))) < 0);
        Assert.True(string.CompareOrdinal(RollupKeys.Article(Day, "zzz-zzz"), RollupKeys.ArticlePrefix(Day.AddDays(1))) < 0);
        Assert.True(string.CompareOrdinal(RollupKeys.Breakdown(Dimension.Referrer, Day, "~~~"), RollupKeys.BreakdownPrefix(Dimension.Referrer, Day.AddDays(1))) < 0);
        Assert.False(RollupKeys.Breakdown(Dimension.UtmSource, Day, "x").StartsWith(RollupKeys.DimensionPrefix(Dimension.UtmMedium), StringComparison.Ordinal));
    }

    private static void AssertValidRowKey(string key)
    {
        // Table Storage forbids these in keys.
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    private static string Describe(DayAggregate a) =>
        string.Join(
            ";",
            $"{a.Pageviews},{a.Visitors},{a.Reads},{a.Bounces},{a.Bots},{a.ScrollSum},{a.ScrollCount},{a.Engaged.Serialize()}",
            string.Join("|", a.Sections.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}:{s.Value.Seen}:{s.Value.Engaged.Serialize()}")),
            string.Join("|", a.Dimensions.OrderBy(d => d.Key).SelectMany(d => d.Value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{d.Key}:{v.Key}:{v.Value.Pageviews}:{v.Value.Visitors}"))),
            string.Join("|", a.Articles.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}:{x.Value.Pageviews}:{x.Value.Visitors}:{x.Value.Reads}:{x.Value.Bounces}:{x.Value.Bots}:{x.Value.ScrollSum}:{x.Value.ScrollCount}:{x.Value.Engaged.Serialize()}")));
}
