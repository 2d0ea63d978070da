using NkFunctions.Core.Analytics.Bots;

namespace NkFunctions.Core.Analytics.Enrichment;

/// <summary>
/// Reduces a request's user agent (and the tracker's bot signal) to <see cref="ClientTraits"/>, so the string itself
/// never needs to be stored. Stateless apart from the shared <see cref="CrawlerList"/>: a thread-safe singleton.
/// </summary>
public sealed class UserAgentClassifier
{
    private readonly CrawlerList _crawlers;

    /// <summary>Creates the classifier over the bot list.</summary>
    public UserAgentClassifier(CrawlerList crawlers)
    {
        ArgumentNullException.ThrowIfNull(crawlers);
        _crawlers = crawlers;
    }

    /// <summary>Classifies one client.</summary>
    /// <param name="userAgent">The <c>User-Agent</c> header; null or blank counts as a bot (<c>ua:empty</c>).</param>
    /// <param name="secChUaMobile">The <c>Sec-CH-UA-Mobile</c> client hint (<c>?1</c> means mobile), if sent.</param>
    /// <param name="clientBotSignal">The beacon's <c>bot</c> field: <c>webdriver</c> or <c>headless</c>; other values are ignored.</param>
    public ClientTraits Classify(string? userAgent, string? secChUaMobile, string? clientBotSignal)
    {
        var full = userAgent?.Trim() ?? string.Empty;
        var examined = full.AsSpan(0, Math.Min(full.Length, CrawlerList.MaxUserAgentLength));
        return new ClientTraits(
            DeviceClasses.Of(examined, secChUaMobile),
            examined.IsEmpty ? BrowserFamilies.Other : BrowserFamilies.Of(examined),
            examined.IsEmpty ? OsFamilies.Other : OsFamilies.Of(examined),
            BotReasons.Of(examined, full, clientBotSignal, _crawlers));
    }
}
