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
    public static FeedSet Render(IReadOnlyList<Article> published, PublicBase publicBase, FeedOptions options, DateTimeOffset loadedAt) =>
        Render(published, publicBase, options, loadedAt, options.Title, (FeedLinks.Rss(publicBase), FeedLinks.Atom(publicBase), FeedLinks.Json(publicBase)));

    /// <summary>The feeds of one tag: its articles, titled "{feed title}: {tag name}", at the tag's feed URLs.</summary>
    /// <param name="tagged">The tag's published articles, newest first.</param>
    /// <param name="tag">The tag.</param>
    /// <param name="publicBase">Where links point.</param>
    /// <param name="options">Title, description, content and length.</param>
    /// <param name="loadedAt">The feeds' update time when there is no article.</param>
    public static FeedSet RenderTag(IReadOnlyList<Article> tagged, Listing.TagInfo tag, PublicBase publicBase, FeedOptions options, DateTimeOffset loadedAt) =>
        Render(tagged, publicBase, options, loadedAt, options.Title + ": " + tag.Name, FeedLinks.ForTag(publicBase, tag.Slug));

    private static FeedSet Render(
        IReadOnlyList<Article> published, PublicBase publicBase, FeedOptions options, DateTimeOffset loadedAt, string title, (string Rss, string Atom, string Json) self)
    {
        var entries = published.Take(options.MaxItems).Select(a => FeedEntry.From(a, publicBase, options.Content)).ToList();
        var updated = entries.Count == 0 ? loadedAt : entries.Max(e => e.Updated);
        FeedDocument Document(string selfUrl) => new(title, options.Description, publicBase.SiteRoot + "/", selfUrl, updated, entries);
        return new FeedSet(
            Representation.FromBytes(RssFeedWriter.Write(Document(self.Rss)), FeedLinks.RssMediaType + "; charset=utf-8"),
            Representation.FromBytes(AtomFeedWriter.Write(Document(self.Atom)), FeedLinks.AtomMediaType + "; charset=utf-8"),
            Representation.FromBytes(JsonFeedWriter.Write(Document(self.Json)), FeedLinks.JsonMediaType + "; charset=utf-8"));
    }
}
