using System.Text.Json;
using Azure.Data.Tables;
using NkFunctions.Core.Analytics;
using NkFunctions.Core.Reports.Model;

namespace NkFunctions.Core.Reports.Raw;

/// <summary>
/// Folds one day's raw events into page views. Our tracker's events name their page view; events from Plausible's
/// trackers (engagement, custom events) carry only a link key (visitor-day, article, page) and are attached, once
/// the whole day is read, to the visitor's most recent page view of that page received before them (or, when clocks
/// of two instances disagree, the earliest after). Plausible relates them the same way, by user and pathname
/// (plausible/analytics lib/plausible/ingestion/event.ex, commit 8ea7088d); one with no page view that day is dropped,
/// as Plausible drops an engagement without a session.
/// </summary>
public sealed class PageViewFolder
{
    private readonly Dictionary<(string Article, string PageView), PageViewFacts> _pageViews = [];
    private readonly Dictionary<(string Article, string Link), List<(DateTimeOffset At, PageViewFacts Facts)>> _byLink = [];
    private readonly List<(string Article, string Link, DateTimeOffset At, TableEntity Entity)> _linked = [];

    /// <summary>Adds one stored event.</summary>
    public void Add(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var article = entity.GetString("Article");
        var pageView = entity.GetString("PageView");
        if (string.IsNullOrEmpty(article) || string.IsNullOrEmpty(pageView))
        {
            return;
        }

        if (entity.GetString("LinkTo") is { Length: > 0 } linkTo)
        {
            _linked.Add((article, linkTo, entity.GetDateTimeOffset("OccurredAt") ?? DateTimeOffset.MinValue, entity));
            return;
        }

        var facts = Facts(article, pageView);
        if (entity.GetString("Type") == "pageview" && entity.GetString("Link") is { Length: > 0 } link)
        {
            if (!_byLink.TryGetValue((article, link), out var views))
            {
                _byLink[(article, link)] = views = [];
            }

            views.Add((entity.GetDateTimeOffset("OccurredAt") ?? DateTimeOffset.MinValue, facts));
        }

        FoldOwn(facts, entity);
    }

    /// <summary>The page views, with every linked event attached.</summary>
    public List<PageViewFacts> Complete()
    {
        foreach (var (article, link, at, entity) in _linked)
        {
            if (!_byLink.TryGetValue((article, link), out var views))
            {
                continue;
            }

            var before = views.Where(v => v.At <= at).ToList();
            var target = before.Count > 0 ? before.MaxBy(v => v.At).Facts : views.MinBy(v => v.At).Facts;
            FoldLinked(target, entity);
        }

        _linked.Clear();
        return [.. _pageViews.Values];
    }

    private PageViewFacts Facts(string article, string pageView)
    {
        if (!_pageViews.TryGetValue((article, pageView), out var facts))
        {
            _pageViews[(article, pageView)] = facts = new PageViewFacts(article, pageView);
        }

        return facts;
    }

    private static void FoldOwn(PageViewFacts facts, TableEntity entity)
    {
        facts.Bot |= entity.GetBoolean("Bot") == true;
        switch (entity.GetString("Type"))
        {
            case "pageview":
                facts.HasPageView = true;
                facts.Visitor = entity.GetString("Visitor");
                for (var i = 0; i < RawEventReader.DimensionColumns.Length; i++)
                {
                    var value = entity.GetString(RawEventReader.DimensionColumns[i]);
                    facts.Dimensions[i] = string.IsNullOrEmpty(value) ? null : value;
                }

                break;
            case "section":
                if (entity.GetString("Section") is { Length: > 0 } section)
                {
                    facts.SectionsSeen.Add(section);
                }

                break;
            case "engagement":
                FoldEngagement(facts, entity);
                break;
            case "read":
                facts.Read = true;
                FoldEngagement(facts, entity);
                break;
            default:
                break;
        }
    }

    // Plausible's tracker resets its engaged-time counter on every engagement event: e is an increment, summed.
    private static void FoldLinked(PageViewFacts facts, TableEntity entity)
    {
        switch (entity.GetString("Type"))
        {
            case "engagement":
                if (entity.GetInt32("EngagedMs") is { } engaged)
                {
                    facts.EngagedMs = Math.Min(facts.EngagedMs + engaged, Analytics.Ingestion.BeaconLimits.MaxEngagedMs);
                }

                if (entity.GetInt32("ScrollDepth") is { } depth)
                {
                    facts.ScrollDepth = Math.Max(facts.ScrollDepth ?? 0, depth);
                }

                break;
            case "custom":
                if (entity.GetString("Goal") is { Length: > 0 } goal)
                {
                    var props = entity.GetString("Props") is { Length: > 0 } json
                        ? JsonSerializer.Deserialize(json, AnalyticsJsonContext.Default.IReadOnlyDictionaryStringString)
                        : null;
                    facts.Goals.Add(new GoalHit(goal, props ?? new Dictionary<string, string>()));
                }

                break;
            default:
                break;
        }
    }

    // Our own tracker's engagement figures are running totals: the largest wins.
    private static void FoldEngagement(PageViewFacts facts, TableEntity entity)
    {
        if (entity.GetInt32("EngagedMs") is { } engaged)
        {
            facts.EngagedMs = Math.Max(facts.EngagedMs, engaged);
        }

        if (entity.GetInt32("ScrollDepth") is { } depth)
        {
            facts.ScrollDepth = Math.Max(facts.ScrollDepth ?? 0, depth);
        }

        if (entity.GetString("SectionMs") is { Length: > 0 } json)
        {
            var sections = JsonSerializer.Deserialize(json, AnalyticsJsonContext.Default.IReadOnlyDictionaryStringInt32);
            foreach (var (section, ms) in sections ?? new Dictionary<string, int>())
            {
                facts.SectionMs[section] = Math.Max(facts.SectionMs.GetValueOrDefault(section), ms);
            }
        }
    }
}
