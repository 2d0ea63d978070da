namespace NkFunctions.Core.Reports.Realtime;

/// <summary>What is being read now (<c>GET /api/stats/realtime</c>).</summary>
/// <param name="Article">The slug, or null for all articles.</param>
/// <param name="At">When the figures were taken (UTC, whole second).</param>
/// <param name="Visitors">Distinct visitors with any event in the last five minutes.</param>
/// <param name="PageviewsPerMinute">Page views in each of the last 30 whole minutes, oldest first; the last is the current minute so far.</param>
/// <param name="TopArticles">Articles by visitors in the last five minutes, most first.</param>
/// <param name="TopSections">Sections by the page views whose latest section event (last five minutes) is that section.</param>
public sealed record RealtimeReport(
    string? Article,
    DateTimeOffset At,
    long Visitors,
    IReadOnlyList<MinuteCount> PageviewsPerMinute,
    IReadOnlyList<ActiveArticle> TopArticles,
    IReadOnlyList<ActiveSection> TopSections);

/// <summary>Page views in one minute.</summary>
/// <param name="Minute">The minute's start (UTC).</param>
/// <param name="Pageviews">Page views received in it.</param>
public sealed record MinuteCount(DateTimeOffset Minute, long Pageviews);

/// <summary>An article being read.</summary>
/// <param name="Article">Its slug.</param>
/// <param name="Title">Its title, when the article is still published.</param>
/// <param name="Visitors">Distinct visitors with an event on it in the last five minutes.</param>
public sealed record ActiveArticle(string Article, string? Title, long Visitors);

/// <summary>A section being read.</summary>
/// <param name="Article">Its article's slug.</param>
/// <param name="SectionId">The section id.</param>
/// <param name="Title">Its heading, when the article still has it.</param>
/// <param name="Readers">Page views whose most recent section event (last five minutes) is this section.</param>
public sealed record ActiveSection(string Article, string SectionId, string? Title, long Readers);
