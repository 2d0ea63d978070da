namespace NkFunctions.Core.Reports.Model;

/// <summary>
/// Everything the reports need to know about one page view, folded from its stored events. Engagement figures are
/// cumulative in the protocol, so the largest value wins.
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

    /// <summary>Largest engaged time reported, in ms.</summary>
    public long EngagedMs { get; set; }

    /// <summary>Largest scroll depth reported, in percent; null when none was.</summary>
    public int? ScrollDepth { get; set; }

    /// <summary>A <c>read</c> event arrived.</summary>
    public bool Read { get; set; }

    /// <summary>Sections seen.</summary>
    public HashSet<string> SectionsSeen { get; } = new(StringComparer.Ordinal);

    /// <summary>Largest engaged ms reported per section.</summary>
    public Dictionary<string, long> SectionMs { get; } = new(StringComparer.Ordinal);

    /// <summary>Breakdown values (from the page-view event); absent ones are null.</summary>
    public string?[] Dimensions { get; } = new string?[DimensionNames.All.Count];
}
