using NkFunctions.Core.Reports.Realtime;

namespace NkFunctions.Core.Tests.Reports;

public sealed class RealtimeBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 30, 42, 500, TimeSpan.Zero);
    private static readonly RealtimeTitles Titles = new(
        slug => slug == "a" ? "Article A" : null,
        (slug, id) => slug == "a" && id == "intro" ? "Intro" : null);

    [Fact]
    public void Visitors_DistinctInTheLastFiveMinutes_OlderOnesLeftOut()
    {
        var report = Build(
            PageView("a", "pv1", "v1", Now.AddMinutes(-1)),
            Section("a", "pv1", "v1", "intro", Now.AddSeconds(-30)),
            PageView("b", "pv2", "v1", Now.AddMinutes(-2)), // the same visitor on another article
            PageView("a", "pv3", "v2", Now.AddMinutes(-4.9)),
            PageView("a", "pv4", "v3", Now.AddMinutes(-5.1))); // before the five minutes

        Assert.Equal(2, report.Visitors);
        Assert.Equal([new ActiveArticle("a", "Article A", 2), new ActiveArticle("b", null, 1)], report.TopArticles);
    }

    [Fact]
    public void PageviewsPerMinute_ThirtyWholeMinutes_OldestFirst_CurrentMinuteLast()
    {
        var report = Build(
            PageView("a", "pv1", "v1", Now),                          // 10:30 (current minute)
            PageView("a", "pv2", "v2", new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero)),
            PageView("a", "pv3", "v3", new DateTimeOffset(2026, 12, 4, 10, 1, 0, TimeSpan.Zero)),  // first minute
            PageView("a", "pv4", "v4", new DateTimeOffset(2026, 12, 4, 10, 0, 59, TimeSpan.Zero)), // before it
            Section("a", "pv1", "v1", "intro", Now));                 // not a page view

        Assert.Equal(30, report.PageviewsPerMinute.Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 1, 0, TimeSpan.Zero), report.PageviewsPerMinute[0].Minute);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero), report.PageviewsPerMinute[^1].Minute);
        Assert.Equal(1, report.PageviewsPerMinute[0].Pageviews);
        Assert.Equal(2, report.PageviewsPerMinute[^1].Pageviews);
        Assert.Equal(3, report.PageviewsPerMinute.Sum(m => m.Pageviews));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 30, 42, TimeSpan.Zero), report.At);
    }

    [Fact]
    public void TopSections_EachPageViewCountsAtItsLatestSection()
    {
        var report = Build(
            Section("a", "pv1", "v1", "intro", Now.AddMinutes(-3)),
            Section("a", "pv1", "v1", "second", Now.AddMinutes(-1)),  // pv1 moved on
            Section("a", "pv2", "v2", "intro", Now.AddMinutes(-2)),
            Section("a", "pv3", "v3", "intro", Now.AddMinutes(-1)),
            Section("a", "pv4", "v4", "second", Now.AddMinutes(-6)));  // not now

        Assert.Equal([new ActiveSection("a", "intro", "Intro", 2), new ActiveSection("a", "second", null, 1)], report.TopSections);
    }

    [Fact]
    public void EventsFromTheFuture_Ignored_TopListsCutAtTen()
    {
        var events = Enumerable.Range(0, 12).Select(i => PageView("article-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "pv" + i, "v" + i, Now.AddSeconds(-i - 1)))
            .Append(PageView("a", "late", "v-late", Now.AddSeconds(5)))
            .ToArray();

        var report = Build(events);

        Assert.Equal(12, report.Visitors);
        Assert.Equal(RealtimeBuilder.TopRows, report.TopArticles.Count);
        Assert.DoesNotContain(report.TopArticles, a => a.Article == "a");
    }

    private static RealtimeReport Build(params RealtimeEvent[] events) => RealtimeBuilder.Build(null, Now, events, Titles);

    private static RealtimeEvent PageView(string article, string pageView, string visitor, DateTimeOffset at) => new(article, pageView, visitor, true, null, at);

    private static RealtimeEvent Section(string article, string pageView, string visitor, string section, DateTimeOffset at) => new(article, pageView, visitor, false, section, at);
}
