using System.Collections.Frozen;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// A published article and, rendered on first use through the catalog's bounded <see cref="RenderCache{TKey, TValue}"/>,
/// every representation of it that needs no absolute link, sections by id. The JSON document and the HTML fragment
/// carry public links (embed code, oEmbed discovery) and are rendered per public base as a <see cref="LinkedArticle"/>.
/// </summary>
internal sealed class RenderedArticle(Article article, RenderCache<string, RenderedParts> parts)
{
    private readonly string[] _sectionIds = [.. article.Sections.Select(s => s.Id)];

    public Article Article { get; } = article;

    /// <summary>The section ids in article order, known without rendering.</summary>
    public IReadOnlyCollection<string> SectionIds => _sectionIds;

    /// <summary>The rendered sections by id (renders the article if the cache does not hold it).</summary>
    public FrozenDictionary<string, RenderedSection> Sections => parts.Get(Article.Metadata.Slug).Sections;

    /// <summary>True when the article has a section <paramref name="id"/>; renders nothing.</summary>
    public bool HasSection(string id) => Array.IndexOf(_sectionIds, id) >= 0;

    /// <summary>The Markdown (2) or plain-text (3) body, by offered media type index of <see cref="ContentMediaTypes.Offered"/>.</summary>
    public Representation Fragment(int mediaIndex) => parts.Get(Article.Metadata.Slug).Fragments[mediaIndex - 2];
}
