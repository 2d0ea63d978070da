using NkFunctions.Core.Embeds;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>The feeds' URLs and media types, for the feeds themselves and for discovery in the article JSON.</summary>
internal static class FeedLinks
{
    public const string RssMediaType = "application/rss+xml";

    public const string AtomMediaType = "application/atom+xml";

    public const string JsonMediaType = "application/feed+json";

    public static string Rss(PublicBase publicBase) => publicBase.ApiRoot + "/feed.xml";

    public static string Atom(PublicBase publicBase) => publicBase.ApiRoot + "/atom.xml";

    public static string Json(PublicBase publicBase) => publicBase.ApiRoot + "/feed.json";

    /// <summary>The feeds of one tag: RSS, Atom and JSON Feed URLs under <c>/tags/{tag}/</c>.</summary>
    public static (string Rss, string Atom, string Json) ForTag(PublicBase publicBase, string tagSlug)
    {
        var root = publicBase.ApiRoot + "/tags/" + Uri.EscapeDataString(tagSlug);
        return (root + "/feed.xml", root + "/atom.xml", root + "/feed.json");
    }

    /// <summary>The feeds as (media type, URL) pairs, in the order a page lists them.</summary>
    public static IReadOnlyList<(string Type, string Href)> All(PublicBase publicBase) =>
        [(RssMediaType, Rss(publicBase)), (AtomMediaType, Atom(publicBase)), (JsonMediaType, Json(publicBase))];
}
