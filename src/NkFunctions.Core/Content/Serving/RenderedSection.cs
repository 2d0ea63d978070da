using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>A section with every representation rendered ahead of time.</summary>
internal sealed class RenderedSection(Section section, Representation[] json, Representation[] fragments)
{
    public Section Section { get; } = section;

    /// <summary>The JSON document per <see cref="BodyFormat"/>.</summary>
    public Representation Json(BodyFormat format) => json[(int)format];

    /// <summary>The bare fragment for an offered media type index of <see cref="ContentMediaTypes.Offered"/> (1..3).</summary>
    public Representation Fragment(int mediaIndex) => fragments[mediaIndex - 1];
}
