using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The embed pages of one content snapshot for one public base, in every theme, each rendered on its first request
/// and kept (bounded): a request renders at most its own page, never every article's.
/// </summary>
internal sealed class EmbedPageSet
{
    private readonly RenderCache<(string Slug, string Section), Representation[]?> _pages;

    private EmbedPageSet(ContentCatalog catalog, PublicBase publicBase, string providerName, EmbedAssets assets) =>
        _pages = new RenderCache<(string Slug, string Section), Representation[]?>(
            ContentCatalog.RenderCapacity,
            key => Target(catalog, key) is { } target
                ? [.. EmbedThemes.All.Select(t => Representation.FromText(EmbedPageRenderer.Render(target, publicBase, t, providerName, assets), MediaTypes.Html))]
                : null);

    /// <summary>The page for an article (<paramref name="sectionId"/> null) or a section, or null when there is none.</summary>
    public Representation? Find(string slug, string? sectionId, EmbedTheme theme) =>
        _pages.Get(Key(slug, sectionId)) is { } themed ? themed[(int)theme] : null;

    public static EmbedPageSet Render(ContentCatalog catalog, PublicBase publicBase, string providerName, EmbedAssets assets) =>
        new(catalog, publicBase, providerName, assets);

    private static EmbedTarget? Target(ContentCatalog catalog, (string Slug, string Section) key)
    {
        if (!catalog.Articles.TryGetValue(key.Slug, out var rendered))
        {
            return null;
        }

        var article = rendered.Article;
        if (key.Section.Length == 0)
        {
            return new EmbedTarget(article, null);
        }

        var section = article.Sections.FirstOrDefault(s => string.Equals(s.Id, key.Section, StringComparison.Ordinal));
        return section is null ? null : new EmbedTarget(article, section);
    }

    // A tuple, not a joined string: a lookup allocates nothing. The article's own page has the empty section id.
    private static (string Slug, string Section) Key(string slug, string? sectionId) => (slug, sectionId ?? string.Empty);
}
