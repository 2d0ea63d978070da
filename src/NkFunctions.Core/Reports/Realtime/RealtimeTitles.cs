using NkFunctions.Core.Content.Serving;

namespace NkFunctions.Core.Reports.Realtime;

/// <summary>Display titles for the realtime lists, from the published content (null for what is gone).</summary>
public sealed class RealtimeTitles(Func<string, string?> article, Func<string, string, string?> section)
{
    /// <summary>An article's title.</summary>
    public string? Article(string slug) => article(slug);

    /// <summary>A section's heading.</summary>
    public string? Section(string slug, string sectionId) => section(slug, sectionId);

    /// <summary>Titles from a content catalog.</summary>
    internal static RealtimeTitles From(ContentCatalog catalog) => new(
        slug => catalog.Articles.TryGetValue(slug, out var a) ? a.Article.Metadata.Title : null,
        (slug, id) => catalog.Articles.TryGetValue(slug, out var a) ? a.Article.Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))?.Title : null);
}
