using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>The three feeds of one catalog, rendered for one public base (their links are absolute).</summary>
internal sealed class FeedSet(Representation rss, Representation atom, Representation json)
{
    public Representation Rss { get; } = rss;

    public Representation Atom { get; } = atom;

    public Representation Json { get; } = json;

    /// <param name="published">Published articles, newest first.</param>
    /// <param name="publicBase">Where links point.</param>
    /// <param name="options">Title, description, content and length.</param>
    /// <param name="loadedAt">The feeds' update time when there is no article.</param>
    public static FeedSet Render(IReadOnlyList<Article> published, PublicBase publicBase, FeedOptions options, DateTimeOffset loadedAt)
    {
        var entries = published.Take(options.MaxItems).Select(a => FeedEntry.From(a, publicBase, options.Content)).ToList();
        var updated = entries.Count == 0 ? loadedAt : entries.Max(e => e.Updated);
        FeedDocument Document(string self) => new(options.Title, options.Description, publicBase.SiteRoot + "/", self, updated, entries);
        return new FeedSet(
            Representation.FromBytes(RssFeedWriter.Write(Document(FeedLinks.Rss(publicBase))), FeedLinks.RssMediaType + "; charset=utf-8"),
            Representation.FromBytes(AtomFeedWriter.Write(Document(FeedLinks.Atom(publicBase))), FeedLinks.AtomMediaType + "; charset=utf-8"),
            Representation.FromBytes(JsonFeedWriter.Write(Document(FeedLinks.Json(publicBase))), FeedLinks.JsonMediaType + "; charset=utf-8"));
    }
}
