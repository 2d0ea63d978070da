using System.Net;
using System.Text;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// oEmbed discovery (oEmbed 1.0 §4): the <c>&lt;link rel="alternate"&gt;</c> elements that tell a consumer which
/// oEmbed URL describes a page, in JSON and in XML.
/// </summary>
public static class OEmbedDiscovery
{
    /// <summary>Appends the two discovery links for <paramref name="pageUrl"/>.</summary>
    public static void AppendLinks(StringBuilder html, PublicBase publicBase, string pageUrl, string title)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(publicBase);
        var t = WebUtility.HtmlEncode(title);
        html.Append("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"").Append(WebUtility.HtmlEncode(publicBase.OEmbedUrl(pageUrl)))
            .Append("\" title=\"").Append(t).Append("\">\n")
            .Append("<link rel=\"alternate\" type=\"text/xml+oembed\" href=\"").Append(WebUtility.HtmlEncode(publicBase.OEmbedUrl(pageUrl, "xml")))
            .Append("\" title=\"").Append(t).Append("\">\n");
    }

    /// <summary>The same discovery as an HTTP <c>Link</c> header value (RFC 8288), for clients that read headers only.</summary>
    public static string LinkHeader(PublicBase publicBase, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        return $"<{publicBase.OEmbedUrl(pageUrl)}>; rel=\"alternate\"; type=\"application/json+oembed\", " +
               $"<{publicBase.OEmbedUrl(pageUrl, "xml")}>; rel=\"alternate\"; type=\"text/xml+oembed\"";
    }
}
