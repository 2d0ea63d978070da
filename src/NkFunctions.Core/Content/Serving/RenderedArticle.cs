using System.Collections.Frozen;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>
/// An article with every representation that needs no absolute link rendered ahead of time, sections by id. The
/// JSON document and the HTML fragment carry public links (embed code, oEmbed discovery) and are rendered per public
/// base as a <see cref="LinkedArticle"/>.
/// </summary>
internal sealed class RenderedArticle(
    Article article,
    Representation[] fragments,
    FrozenDictionary<string, RenderedSection> sections)
{
    public Article Article { get; } = article;

    public FrozenDictionary<string, RenderedSection> Sections { get; } = sections;

    /// <summary>The Markdown (2) or plain-text (3) body, by offered media type index of <see cref="ContentMediaTypes.Offered"/>.</summary>
    public Representation Fragment(int mediaIndex) => fragments[mediaIndex - 2];
}
