using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Raw;

/// <summary>Folds one UTC day's page views into per-article aggregates and the all-articles aggregate.</summary>
public static class DayAggregator
{
    /// <summary>The scope key of "all articles together" (slugs are <c>a-z0-9-</c>, so it cannot clash).</summary>
    public const string AllArticles = "_all";

    /// <summary>A page view engaged for less than this, alone in its visitor-day, is a bounce (GA4's threshold).</summary>
    public const long BounceEngagedMs = 10_000;

    /// <summary>Aggregates by article slug, plus <see cref="AllArticles"/>; scopes without page views are absent.</summary>
    public static Dictionary<string, DayAggregate> Aggregate(IEnumerable<PageViewFacts> pageViews)
    {
        ArgumentNullException.ThrowIfNull(pageViews);
        var counted = pageViews.Where(p => p.HasPageView).ToList();
        var result = new Dictionary<string, DayAggregate>(StringComparer.Ordinal);
        foreach (var group in counted.GroupBy(p => p.Article, StringComparer.Ordinal))
        {
            result[group.Key] = AggregateScope(group.ToList(), withSections: true);
        }

        if (counted.Count > 0)
        {
            var all = AggregateScope(counted, withSections: false);
            foreach (var (slug, article) in result)
            {
                all.ArticleTotals(slug).AddTotals(article);
            }

            result[AllArticles] = all;
        }

        return result;
    }

    private static DayAggregate AggregateScope(List<PageViewFacts> pageViews, bool withSections)
    {
        var day = new DayAggregate();
        var humans = new List<PageViewFacts>(pageViews.Count);
        foreach (var p in pageViews)
        {
            if (p.Bot)
            {
                day.Bots++;
            }
            else
            {
                humans.Add(p);
            }
        }

        // Page views of one visitor-day; a page view without a visitor hash is a visitor of its own.
        var byVisitor = humans.GroupBy(p => p.Visitor ?? "\0" + p.PageView, StringComparer.Ordinal).ToList();
        day.Visitors = byVisitor.Count;
        day.Bounces = byVisitor.Count(v => v.Count() == 1 && v.First().EngagedMs < BounceEngagedMs);
        foreach (var p in humans)
        {
            day.Pageviews++;
            day.Reads += p.Read ? 1 : 0;
            day.Engaged.AddMilliseconds(p.EngagedMs);
            if (p.ScrollDepth is { } depth)
            {
                day.ScrollSum += depth;
                day.ScrollCount++;
            }

            if (withSections)
            {
                foreach (var sectionId in p.SectionsSeen)
                {
                    var section = day.Section(sectionId);
                    section.Seen++;
                    section.Engaged.AddMilliseconds(p.SectionMs.GetValueOrDefault(sectionId));
                }
            }
        }

        foreach (var dimension in DimensionNames.PerPageView)
        {
            foreach (var value in humans.GroupBy(p => p.Dimensions[(int)dimension] ?? DimensionNames.None, StringComparer.Ordinal))
            {
                var count = day.For(dimension, value.Key);
                count.Pageviews = value.Count();
                count.Visitors = value.Select(p => p.Visitor ?? "\0" + p.PageView).Distinct(StringComparer.Ordinal).Count();
            }
        }

        CountGoals(day, humans);
        return day;
    }

    // Goals count events (a page view may convert more than once) and distinct visitors among them.
    private static void CountGoals(DayAggregate day, List<PageViewFacts> humans)
    {
        var hits = humans.SelectMany(p => p.Goals.Select(g => (Visitor: p.Visitor ?? "\0" + p.PageView, Goal: g))).ToList();
        foreach (var goal in hits.GroupBy(h => h.Goal.Name, StringComparer.Ordinal))
        {
            var count = day.For(Dimension.Goal, goal.Key);
            count.Pageviews = goal.Count();
            count.Visitors = goal.Select(h => h.Visitor).Distinct(StringComparer.Ordinal).Count();
        }

        var props = hits.SelectMany(h => h.Goal.Props.Select(p => (h.Visitor, Value: DimensionNames.PropValue(h.Goal.Name, p.Key, p.Value))));
        foreach (var prop in props.GroupBy(p => p.Value, StringComparer.Ordinal))
        {
            var count = day.For(Dimension.Prop, prop.Key);
            count.Pageviews = prop.Count();
            count.Visitors = prop.Select(h => h.Visitor).Distinct(StringComparer.Ordinal).Count();
        }
    }
}
