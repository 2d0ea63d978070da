namespace NkFunctions.Core.Reports.Realtime;

/// <summary>One stored non-bot event of the last half hour: what the realtime report counts.</summary>
/// <param name="Article">The article's slug.</param>
/// <param name="PageView">The tracker's page-view id.</param>
/// <param name="Visitor">Visitor-day hash.</param>
/// <param name="IsPageView">A <c>pageview</c> event (the others are sections, engagement, reads, goals).</param>
/// <param name="Section">The section id of a section event, else null.</param>
/// <param name="OccurredAt">Server receipt time.</param>
public sealed record RealtimeEvent(string Article, string PageView, string? Visitor, bool IsPageView, string? Section, DateTimeOffset OccurredAt);
