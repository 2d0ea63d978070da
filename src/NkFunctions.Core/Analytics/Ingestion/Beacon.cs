namespace NkFunctions.Core.Analytics.Ingestion;

/// <summary>A validated beacon: what the client sent, before enrichment. Nothing here identifies a reader.</summary>
/// <param name="Article">Slug of a published article.</param>
/// <param name="PageView">Random id made by the tracker per page load.</param>
/// <param name="Referrer">The referrer as sent (reduced to its host before storing).</param>
/// <param name="UtmSource">utm_source, when given.</param>
/// <param name="UtmMedium">utm_medium, when given.</param>
/// <param name="UtmCampaign">utm_campaign, when given.</param>
/// <param name="Partner">The embedding page as sent (reduced to its host before storing).</param>
/// <param name="BotSignal">The tracker's own bot signal (<c>webdriver</c> or <c>headless</c>).</param>
/// <param name="Events">The events, in the order sent.</param>
public sealed record Beacon(
    string Article,
    string PageView,
    string? Referrer,
    string? UtmSource,
    string? UtmMedium,
    string? UtmCampaign,
    string? Partner,
    string? BotSignal,
    IReadOnlyList<BeaconEvent> Events);
