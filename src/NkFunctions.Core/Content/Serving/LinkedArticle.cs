using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Serving;

/// <summary>The representations of an article that carry absolute public links, rendered for one public base.</summary>
internal sealed class LinkedArticle(Representation[] json, Representation html, string linkHeader)
{
    /// <summary>The JSON document per <see cref="BodyFormat"/>.</summary>
    public Representation Json(BodyFormat format) => json[(int)format];

    /// <summary>The whole article as one HTML fragment, oEmbed discovery links first.</summary>
    public Representation Html { get; } = html;

    /// <summary>The HTTP <c>Link</c> header with the oEmbed discovery URLs, ready to add to a response.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LinkHeader { get; } = [new(Microsoft.Net.Http.Headers.HeaderNames.Link, linkHeader)];
}
