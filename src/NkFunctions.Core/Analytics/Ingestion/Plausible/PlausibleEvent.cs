using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NkFunctions.Core.Analytics.Ingestion.Plausible;

/// <summary>A Plausible event mapped onto our events, waiting for the visitor hash to link it to its page view.</summary>
/// <param name="Article">The article whose page it happened on.</param>
/// <param name="Type">Page view, engagement or custom event.</param>
/// <param name="Page">The page identity: the path, plus <c>#fragment</c> under hash-based routing.</param>
/// <param name="Referrer">The referrer as sent (reduced to its host before storing).</param>
/// <param name="UtmSource">utm_source of the page URL.</param>
/// <param name="UtmMedium">utm_medium of the page URL.</param>
/// <param name="UtmCampaign">utm_campaign of the page URL.</param>
/// <param name="EngagedMs">Engagement: engaged ms since the page view's previous engagement event.</param>
/// <param name="ScrollDepth">Engagement: max scroll depth so far, percent.</param>
/// <param name="Goal">Custom event: its name.</param>
/// <param name="Props">Custom properties (already reduced by <see cref="PlausibleProps"/>).</param>
internal sealed record PlausibleEvent(
    string Article,
    BeaconEventType Type,
    string Page,
    string? Referrer,
    string? UtmSource,
    string? UtmMedium,
    string? UtmCampaign,
    int? EngagedMs,
    int? ScrollDepth,
    string? Goal,
    IReadOnlyDictionary<string, string>? Props)
{
    /// <summary>
    /// Plausible's trackers send no page-view id. Each page view gets a random one (every page view counts, repeat
    /// views included), and a link key: the same visitor-day on the same page. Engagement and custom events carry the
    /// link key and are attached, when reports read them, to the visitor's most recent page view of that page; that
    /// is how Plausible relates them (by user and pathname, not by a page-view id). Events get random ids, so a
    /// retried Plausible call counts twice, as it does in Plausible.
    /// </summary>
    public Beacon ToBeacon(string visitor)
    {
        var link = "l" + WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(visitor + "|" + Article + "|" + Page)), 0, 12);
        var pageView = Type == BeaconEventType.PageView ? "p" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12)) : link;
        var id = "x" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));
        var evt = new BeaconEvent(id, Type, null, EngagedMs, ScrollDepth, null) { Link = link, Goal = Goal, Props = Props };
        return new Beacon(Article, pageView, Referrer, UtmSource, UtmMedium, UtmCampaign, null, null, [evt]);
    }
}
