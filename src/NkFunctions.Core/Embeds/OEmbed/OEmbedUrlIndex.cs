using System.Collections.Frozen;
using NkFunctions.Core.Content;
using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>
/// Which URLs oEmbed answers for, for one content snapshot and public base: each article's public page (a section by
/// its <c>#fragment</c>) and each embed page. Matching ignores the scheme, letter case, a trailing slash and the query
/// (consumers add tracking parameters), never the host: another site's URL is not ours to describe.
/// </summary>
internal sealed class OEmbedUrlIndex
{
    private readonly FrozenDictionary<string, Entry> _entries;

    private OEmbedUrlIndex(FrozenDictionary<string, Entry> entries) => _entries = entries;

    /// <summary>The outcome of a lookup.</summary>
    public enum Outcome
    {
        /// <summary>The URL names an article or section.</summary>
        Found,

        /// <summary>No article has this URL.</summary>
        UnknownUrl,

        /// <summary>The URL is an article's, but its fragment names no section of it.</summary>
        UnknownSection,
    }

    public static OEmbedUrlIndex Build(ContentCatalog catalog, PublicBase publicBase)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        // Oldest first, so when two articles claim one page path the newest, written last, keeps it (as in the catalog).
        foreach (var article in catalog.Articles.Values.Select(a => a.Article).OrderBy(a => a.Metadata.Published))
        {
            entries[Key(new Uri(publicBase.PageUrl(article.Metadata)))] = new Entry(article, null, IsPage: true);
            entries[Key(new Uri(publicBase.EmbedUrl(article.Metadata.Slug)))] = new Entry(article, null, IsPage: false);
            foreach (var section in article.Sections)
            {
                entries[Key(new Uri(publicBase.EmbedUrl(article.Metadata.Slug, section.Id)))] = new Entry(article, section, IsPage: false);
            }
        }

        return new OEmbedUrlIndex(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Finds what <paramref name="url"/> names.</summary>
    public Outcome Find(Uri url, out EmbedTarget? target, out Article? article)
    {
        ArgumentNullException.ThrowIfNull(url);
        target = null;
        article = null;
        if (!_entries.TryGetValue(Key(url), out var entry))
        {
            return Outcome.UnknownUrl;
        }

        article = entry.Article;
        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        if (!entry.IsPage || fragment is null)
        {
            target = new EmbedTarget(entry.Article, entry.Section);
            return Outcome.Found;
        }

        var section = entry.Article.Sections.FirstOrDefault(s => s.Id == fragment);
        target = section is null ? null : new EmbedTarget(entry.Article, section);
        return section is null ? Outcome.UnknownSection : Outcome.Found;
    }

    private static string Key(Uri url) =>
        (url.Authority + url.AbsolutePath.TrimEnd('/')).ToUpperInvariant();

    private sealed record Entry(Article Article, Section? Section, bool IsPage);
}
