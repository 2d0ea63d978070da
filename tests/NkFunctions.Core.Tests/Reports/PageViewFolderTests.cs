using Azure.Data.Tables;
using NkFunctions.Core.Reports.Model;
using NkFunctions.Core.Reports.Raw;

namespace NkFunctions.Core.Tests.Reports;

/// <summary>Events from Plausible's trackers: linked to the most recent page view of the page, engagement summed.</summary>
public sealed class PageViewFolderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Complete_LinkedEngagement_SummedOnTheMostRecentEarlierPageView()
    {
        var folder = new PageViewFolder();
        folder.Add(PageView("pA", "l1", T0));
        folder.Add(PageView("pB", "l1", T0.AddMinutes(5)));
        folder.Add(Linked("engagement", "l1", T0.AddMinutes(1), e => { e["EngagedMs"] = 4_000; e["ScrollDepth"] = 30; }));
        folder.Add(Linked("engagement", "l1", T0.AddMinutes(2), e => { e["EngagedMs"] = 6_000; e["ScrollDepth"] = 20; }));
        folder.Add(Linked("engagement", "l1", T0.AddMinutes(6), e => { e["EngagedMs"] = 1_500; e["ScrollDepth"] = 90; }));

        var views = folder.Complete().ToDictionary(p => p.PageView);

        Assert.Equal(2, views.Count);
        Assert.Equal(10_000, views["pA"].EngagedMs);
        Assert.Equal(30, views["pA"].ScrollDepth);
        Assert.Equal(1_500, views["pB"].EngagedMs);
        Assert.Equal(90, views["pB"].ScrollDepth);
    }

    [Fact]
    public void Complete_SummedEngagement_CappedAtThirtyMinutes()
    {
        var folder = new PageViewFolder();
        folder.Add(PageView("pA", "l1", T0));
        for (var i = 1; i <= 4; i++)
        {
            folder.Add(Linked("engagement", "l1", T0.AddMinutes(i), e => e["EngagedMs"] = 600_000));
        }

        Assert.Equal(1_800_000, Assert.Single(folder.Complete()).EngagedMs);
    }

    [Fact]
    public void Complete_CustomEvent_AttachedWithProps_OrphansDropped()
    {
        var folder = new PageViewFolder();
        folder.Add(PageView("pA", "l1", T0));
        folder.Add(Linked("custom", "l1", T0.AddSeconds(30), e => { e["Goal"] = "Signup"; e["Props"] = "{\"plan\":\"pro\"}"; }));
        folder.Add(Linked("custom", "l-other", T0.AddSeconds(30), e => e["Goal"] = "Lost"));
        folder.Add(Linked("engagement", "l1", T0.AddSeconds(-5), e => e["EngagedMs"] = 2_000)); // before any view: the earliest

        var view = Assert.Single(folder.Complete());

        var goal = Assert.Single(view.Goals);
        Assert.Equal("Signup", goal.Name);
        Assert.Equal("pro", goal.Props["plan"]);
        Assert.Equal(2_000, view.EngagedMs);
    }

    [Fact]
    public void Aggregate_Goals_CountEventsAndVisitors_PropsAsGoalKeyValue()
    {
        var folder = new PageViewFolder();
        folder.Add(PageView("pA", "l1", T0, "v1"));
        folder.Add(PageView("pB", "l2", T0, "v2"));
        folder.Add(Linked("custom", "l1", T0.AddSeconds(1), e => { e["Goal"] = "Signup"; e["Props"] = "{\"plan\":\"pro\"}"; }));
        folder.Add(Linked("custom", "l1", T0.AddSeconds(2), e => { e["Goal"] = "Signup"; e["Props"] = "{\"plan\":\"pro\"}"; }));
        folder.Add(Linked("custom", "l2", T0.AddSeconds(3), e => e["Goal"] = "Signup"));

        var all = DayAggregator.Aggregate(folder.Complete())[DayAggregator.AllArticles];

        Assert.Equal(3, all.Dimensions[Dimension.Goal]["Signup"].Pageviews);
        Assert.Equal(2, all.Dimensions[Dimension.Goal]["Signup"].Visitors);
        Assert.Equal(2, all.Dimensions[Dimension.Prop]["Signup | plan=pro"].Pageviews);
        Assert.Equal(1, all.Dimensions[Dimension.Prop]["Signup | plan=pro"].Visitors);
        Assert.Equal(2, all.Pageviews);
    }

    private static TableEntity PageView(string pageView, string link, DateTimeOffset at, string visitor = "v1") =>
        new("p", pageView + "_x") { ["Article"] = "a", ["PageView"] = pageView, ["Type"] = "pageview", ["Link"] = link, ["OccurredAt"] = at, ["Visitor"] = visitor };

    private static TableEntity Linked(string type, string link, DateTimeOffset at, Action<TableEntity> set)
    {
        var entity = new TableEntity("p", Guid.NewGuid().ToString()) { ["Article"] = "a", ["PageView"] = link, ["Type"] = type, ["LinkTo"] = link, ["OccurredAt"] = at };
        set(entity);
        return entity;
    }
}
