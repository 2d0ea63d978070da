using NkFunctions.Core.Analytics.Bots;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>Decides <see cref="ClientTraits.BotReason"/>: the client's own signal first, then the user agent.</summary>
internal static class BotReasons
{
    public const string ClientWebDriver = "client:webdriver";
    public const string ClientHeadless = "client:headless";
    public const string EmptyUserAgent = "ua:empty";
    public const string HeadlessUserAgent = "ua:headless";
    public const string ListedPrefix = "ua:";

    /// <summary>The reason, or null for a human. <paramref name="userAgent"/> is already trimmed and capped.</summary>
    public static string? Of(ReadOnlySpan<char> userAgent, string fullUserAgent, string? clientBotSignal, CrawlerList crawlers)
    {
        // The tracker reports navigator.webdriver and headless hints: the strongest evidence we get, so it wins.
        switch (clientBotSignal)
        {
            case "webdriver":
                return ClientWebDriver;
            case "headless":
                return ClientHeadless;
        }

        if (userAgent.IsEmpty)
        {
            return EmptyUserAgent;
        }

        if (crawlers.Match(fullUserAgent) is { } pattern)
        {
            return ListedPrefix + pattern;
        }

        // A safety net should the list ever lose its HeadlessChrome entry; PhantomJS-style tools say "headless" too.
        return userAgent.Contains("headless", StringComparison.OrdinalIgnoreCase) ? HeadlessUserAgent : null;
    }
}
