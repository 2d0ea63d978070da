using NkFunctions.Core.Analytics.Bots;

namespace NkFunctions.Core.Tests.Analytics;

/// <summary>One compiled list for all tests: building it takes most of a second, as it does once per app instance.</summary>
internal static class SharedCrawlerList
{
    private static readonly Lazy<CrawlerList> Lazy = new(() => new CrawlerList());

    public static CrawlerList Instance => Lazy.Value;
}
