using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Queries;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Tests.Reports;

public sealed class DayAggregatorTests
{
    [Fact]
    public void Aggregate_CountsPageViewsVisitorsReadsAndBots_PerArticleAndForAll()
    {
        var facts = new[]
        {
            View("a", "pv1", "v1", engagedMs: 40_000, read: true, scroll: 100),
            View("a", "pv2", "v1", engagedMs: 2_000, scroll: 20),
            View("a", "pv3", "v2", engagedMs: 5_000),
            View("a", "bot1", "v3", bot: true),
            View("b", "pv4", "v2", engagedMs: 12_000),
            Orphan("a", "pv5"),
        };

        var days = DayAggregator.Aggregate(facts);

        var a = days["a"];
        Assert.Equal(3, a.Pageviews);
        Assert.Equal(2, a.Visitors);
        Assert.Equal(1, a.Reads);
        Assert.Equal(1, a.Bots);
        Assert.Equal(120, a.ScrollSum);
        Assert.Equal(2, a.ScrollCount);
        Assert.Equal(5, a.Engaged.Median());

        // v1 had two page views (no bounce); v2 one of 5 s on "a" (bounce).
        Assert.Equal(1, a.Bounces);

        var all = days[DayAggregator.AllArticles];
        Assert.Equal(4, all.Pageviews);
        Assert.Equal(2, all.Visitors);
        Assert.Equal(1, all.Bots);

        // Across articles v2 has two page views, so only within "a" is it a bounce.
        Assert.Equal(0, all.Bounces);
        Assert.Empty(all.Sections);
    }

    [Fact]
    public void Aggregate_Sections_CountSeenAndTheirEngagedTime()
    {
        var one = View("a", "pv1", "v1");
        one.SectionsSeen.UnionWith(["intro", "deep"]);
        one.SectionMs["intro"] = 30_000;
        one.SectionMs["deep"] = 4_000;
        var two = View("a", "pv2", "v2");
        two.SectionsSeen.Add("intro");
        two.SectionMs["intro"] = 10_000;
        two.SectionMs["never-seen"] = 99_000;

        var a = DayAggregator.Aggregate([one, two])["a"];

        Assert.Equal(2, a.Sections["intro"].Seen);
        Assert.Equal(20, a.Sections["intro"].Engaged.Median());
        Assert.Equal(1, a.Sections["deep"].Seen);
        Assert.False(a.Sections.ContainsKey("never-seen"));
    }

    [Fact]
    public void Aggregate_Dimensions_GroupMissingValuesUnderNone_AndCountDistinctVisitors()
    {
        var one = View("a", "pv1", "v1");
        one.Dimensions[(int)Dimension.Referrer] = "news.example";
        var two = View("a", "pv2", "v1");
        two.Dimensions[(int)Dimension.Referrer] = "news.example";
        var three = View("a", "pv3", "v2");

        var referrers = DayAggregator.Aggregate([one, two, three])["a"].Dimensions[Dimension.Referrer];

        Assert.Equal(2, referrers["news.example"].Pageviews);
        Assert.Equal(1, referrers["news.example"].Visitors);
        Assert.Equal(1, referrers[DimensionNames.None].Pageviews);
    }

    [Fact]
    public void Aggregate_NoPageViews_GivesNoScopes() =>
        Assert.Empty(DayAggregator.Aggregate([Orphan("a", "pv1")]));

    [Fact]
    public void ReportFilter_Operators_NoneForMissing_GoalsAndPropsByAnyEvent()
    {
        var mobile = View("a", "pv1", "v1");
        mobile.Dimensions[(int)Dimension.Device] = "mobile";
        mobile.Dimensions[(int)Dimension.Referrer] = "News.Example";
        mobile.Goals.Add(new GoalHit("Signup", new Dictionary<string, string> { ["plan"] = "pro" }));
        var bare = View("b", "pv2", "v2");

        Assert.True(new ReportFilter(Dimension.Device, FilterOp.Is, "mobile").Matches(mobile));
        Assert.False(new ReportFilter(Dimension.Device, FilterOp.Is, "mobile").Matches(bare));
        Assert.True(new ReportFilter(Dimension.Device, FilterOp.IsNot, "mobile").Matches(bare));
        Assert.True(new ReportFilter(Dimension.Device, FilterOp.Is, "(none)").Matches(bare));
        Assert.True(new ReportFilter(Dimension.Referrer, FilterOp.Contains, "news.ex").Matches(mobile));
        Assert.True(new ReportFilter(Dimension.Article, FilterOp.Is, "b").Matches(bare));
        Assert.True(new ReportFilter(Dimension.Goal, FilterOp.Is, "Signup").Matches(mobile));
        Assert.False(new ReportFilter(Dimension.Goal, FilterOp.Is, "Signup").Matches(bare));
        Assert.True(new ReportFilter(Dimension.Prop, FilterOp.Is, "Signup | plan=pro").Matches(mobile));
        Assert.Equal("utm_campaign~sale", new ReportFilter(Dimension.UtmCampaign, FilterOp.Contains, "sale").ToString());
    }

    internal static PageViewFacts View(string article, string pageView, string visitor, long engagedMs = 0, bool read = false, int? scroll = null, bool bot = false) =>
        new(article, pageView) { HasPageView = true, Visitor = visitor, EngagedMs = engagedMs, Read = read, ScrollDepth = scroll, Bot = bot };

    private static PageViewFacts Orphan(string article, string pageView) => new(article, pageView) { EngagedMs = 50_000 };
}
