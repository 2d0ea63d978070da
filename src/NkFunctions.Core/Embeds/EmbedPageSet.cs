using System.Collections.Frozen;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Embeds;

/// <summary>Every embed page of one content snapshot for one public base, in every theme: a request is a lookup.</summary>
internal sealed class EmbedPageSet
{
    private readonly FrozenDictionary<(string Slug, string Section), Representation[]> _pages;

    private EmbedPageSet(FrozenDictionary<(string Slug, string Section), Representation[]> pages) => _pages = pages;

    /// <summary>The page for an article (<paramref name="sectionId"/> null) or a section, or null when there is none.</summary>
    public Representation? Find(string slug, string? sectionId, EmbedTheme theme) =>
        _pages.TryGetValue(Key(slug, sectionId), out var themed) ? themed[(int)theme] : null;

    public static EmbedPageSet Render(ContentCatalog catalog, PublicBase publicBase, string providerName, EmbedAssets assets)
    {
        var pages = new Dictionary<(string Slug, string Section), Representation[]>();
        foreach (var rendered in catalog.Articles.Values)
        {
            var article = rendered.Article;
            pages[Key(article.Metadata.Slug, null)] = Themed(new EmbedTarget(article, null));
            foreach (var section in article.Sections)
            {
                pages[Key(article.Metadata.Slug, section.Id)] = Themed(new EmbedTarget(article, section));
            }
        }

        return new EmbedPageSet(pages.ToFrozenDictionary());

        Representation[] Themed(EmbedTarget target) =>
            [.. EmbedThemes.All.Select(t => Representation.FromText(EmbedPageRenderer.Render(target, publicBase, t, providerName, assets), MediaTypes.Html))];
    }

    // A tuple, not a joined string: a lookup allocates nothing. The article's own page has the empty section id.
    private static (string Slug, string Section) Key(string slug, string? sectionId) => (slug, sectionId ?? string.Empty);
}
