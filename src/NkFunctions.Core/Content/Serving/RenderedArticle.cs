using System.Collections.Frozen;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>An article with every representation rendered ahead of time, sections by id.</summary>
internal sealed class RenderedArticle(
    Article article,
    Representation[] json,
    Representation[] fragments,
    FrozenDictionary<string, RenderedSection> sections)
{
    public Article Article { get; } = article;

    public FrozenDictionary<string, RenderedSection> Sections { get; } = sections;

    /// <summary>The JSON document per <see cref="BodyFormat"/>.</summary>
    public Representation Json(BodyFormat format) => json[(int)format];

    /// <summary>The whole body as a fragment for an offered media type index of <see cref="ContentMediaTypes.Offered"/> (1..3).</summary>
    public Representation Fragment(int mediaIndex) => fragments[mediaIndex - 1];
}
