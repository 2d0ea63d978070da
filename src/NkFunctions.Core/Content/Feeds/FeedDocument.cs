namespace NkFunctions.Core.Content.Feeds;

/// <summary>The feed as a whole, format-neutral: what the three writers turn into bytes.</summary>
/// <param name="Title">Feed title.</param>
/// <param name="Description">Feed description.</param>
/// <param name="SiteUrl">The site's home page.</param>
/// <param name="SelfUrl">This feed's own URL.</param>
/// <param name="Updated">The newest entry's update, or the load time of an empty catalog.</param>
/// <param name="Entries">Newest first.</param>
internal sealed record FeedDocument(string Title, string Description, string SiteUrl, string SelfUrl, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries);
