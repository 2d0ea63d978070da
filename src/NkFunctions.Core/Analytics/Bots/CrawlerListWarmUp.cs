namespace NkFunctions.Core.Analytics.Bots;

/// <summary>
/// Builds the crawler list as the host starts, not on the first beacon: compiling ~1,500 patterns takes about a
/// quarter of a second, which would otherwise land on one unlucky reader's request (and on every cold start's).
/// </summary>
internal sealed class CrawlerListWarmUp(CrawlerList crawlers) : BackgroundWarmUp(crawlers.WarmUp);
