using System.Globalization;
using System.Net;
using System.Text;

namespace NkFunctions.Core.Embeds;

/// <summary>
/// The code a partner pastes: a blockquote that reads well on its own (title, source, link: what a reader sees with
/// scripts blocked or before they run) plus the loader, which swaps the blockquote for a sandboxed iframe.
/// </summary>
public static class EmbedSnippet
{
    /// <summary>The class the loader looks for.</summary>
    public const string QuoteClass = "nk-embed";

    /// <summary>Renders the snippet for one embed.</summary>
    /// <param name="publicBase">Where the embed, loader and page live.</param>
    /// <param name="target">What is embedded: its title, the article it is from, its URLs.</param>
    /// <param name="maxWidth">An oEmbed consumer's maxwidth, passed on to the iframe.</param>
    /// <param name="maxHeight">An oEmbed consumer's maxheight, the loader's cap on the iframe's height.</param>
    public static string Html(PublicBase publicBase, EmbedTarget target, int? maxWidth = null, int? maxHeight = null)
    {
        ArgumentNullException.ThrowIfNull(publicBase);
        ArgumentNullException.ThrowIfNull(target);
        var html = new StringBuilder(512);
        html.Append("<blockquote class=\"").Append(QuoteClass).Append("\" data-nk-embed=\"").Append(Encode(target.EmbedUrl(publicBase))).Append('"');
        if (maxWidth is { } w)
        {
            html.Append(" data-max-width=\"").Append(w.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        if (maxHeight is { } h)
        {
            html.Append(" data-max-height=\"").Append(h.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append("><p><a href=\"").Append(Encode(target.PageUrl(publicBase))).Append("\">").Append(Encode(target.Title)).Append("</a>");
        if (target.SectionId is not null)
        {
            html.Append(" — from “").Append(Encode(target.Metadata.Title)).Append('”');
        }

        if (target.Metadata.Author is { } author)
        {
            html.Append(" by ").Append(Encode(author));
        }

        return html.Append("</p></blockquote>\n<script async src=\"").Append(Encode(publicBase.LoaderUrl)).Append("\"></script>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
