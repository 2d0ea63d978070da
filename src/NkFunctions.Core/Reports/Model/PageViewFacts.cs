namespace NkFunctions.Core.Reports.Model;

/// <summary>
/// Everything the reports need to know about one page view, folded from its stored events. Engagement figures are
/// running totals in our protocol (the largest wins) and increments from Plausible's trackers (summed, capped at 30 minutes).
/// </summary>
public sealed class PageViewFacts(string article, string pageView)
{
    /// <summary>The article's slug.</summary>
    public string Article { get; } = article;

    /// <summary>The tracker's page-view id.</summary>
    public string PageView { get; } = pageView;

    /// <summary>A <c>pageview</c> event arrived: only such page views count (other events alone are orphans).</summary>
    public bool HasPageView { get; set; }

    /// <summary>Any of its events was flagged as a bot.</summary>
    public bool Bot { get; set; }

    /// <summary>Visitor-day hash (from the page-view event).</summary>
    public string? Visitor { get; set; }

    /// <summary>Engaged time in ms: the largest running total, or the sum of Plausible increments.</summary>
    public long EngagedMs { get; set; }

    /// <summary>Largest scroll depth reported, in percent; null when none was.</summary>
    public int? ScrollDepth { get; set; }

    /// <summary>A <c>read</c> event arrived.</summary>
    public bool Read { get; set; }

    /// <summary>Sections seen.</summary>
    public HashSet<string> SectionsSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>Largest engaged ms reported per section.</summary>
    public Dictionary<string, long> SectionMs { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom events (goals) linked to this page view, in no particular order.</summary>
    public List<GoalHit> Goals { get; } = [];

    /// <summary>Breakdown values (from the page-view event); absent ones are null.</summary>
    public string?[] Dimensions { get; } = new string?[DimensionNames.All.Count];
}

/// <summary>One custom event (goal) of a page view: its name and stored props.</summary>
/// <param name="Name">The event name, e.g. <c>Signup</c> or <c>Outbound Link: Click</c>.</param>
/// <param name="Props">Its custom properties (URLs already reduced to origin and path).</param>
public sealed record GoalHit(string Name, IReadOnlyDictionary<string, string> Props);
