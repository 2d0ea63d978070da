using System.Globalization;
using System.Xml;
using NkFunctions.Core.Embeds;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Sitemap;

/// <summary>
/// The sitemap (sitemaps.org 0.9) of the published articles' public pages, with <c>lastmod</c>. Up to
/// <see cref="MaxUrls"/> URLs it is one <c>urlset</c>; past that the protocol's limit forces a split, so
/// <c>sitemap.xml</c> becomes a <c>sitemapindex</c> of parts served at <c>sitemaps/{n}</c>.
/// </summary>
internal sealed class SitemapSet(Representation root, IReadOnlyList<Representation> parts)
{
    /// <summary>The protocol's most URLs in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string MediaType = "application/xml; charset=utf-8";

    /// <summary><c>sitemap.xml</c>: the urlset, or the index when split.</summary>
    public Representation Root { get; } = root;

    /// <summary>The parts of a split sitemap (empty when it fits in one file); part n is <c>Parts[n - 1]</c>.</summary>
    public IReadOnlyList<Representation> Parts { get; } = parts;

    /// <param name="published">Published articles, newest first.</param>
    /// <param name="publicBase">Page URLs are on its site root, part URLs on its API root.</param>
    /// <param name="maxUrls">URLs per file; the protocol's limit unless a test wants a smaller one.</param>
    public static SitemapSet Render(IReadOnlyList<Article> published, PublicBase publicBase, int maxUrls = MaxUrls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrls, 1);
        var urls = published.Select(a => (Loc: publicBase.PageUrl(a.Metadata), LastMod: a.Metadata.Updated ?? a.Metadata.Published)).ToList();
        if (urls.Count <= maxUrls)
        {
            return new SitemapSet(Xml(w => UrlSet(w, urls)), []);
        }

        var chunks = urls.Chunk(maxUrls).ToList();
        var parts = chunks.Select(c => Xml(w => UrlSet(w, c))).ToList();
        var index = Xml(w =>
        {
            w.WriteStartElement("sitemapindex", Ns);
            for (var i = 0; i < chunks.Count; i++)
            {
                w.WriteStartElement("sitemap", Ns);
                w.WriteElementString("loc", Ns, publicBase.ApiRoot + "/sitemaps/" + (i + 1).ToString(CultureInfo.InvariantCulture));
                w.WriteElementString("lastmod", Ns, Date(chunks[i].Max(u => u.LastMod)));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
        return new SitemapSet(index, parts);
    }

    private static void UrlSet(XmlWriter w, IEnumerable<(string Loc, DateOnly LastMod)> urls)
    {
        w.WriteStartElement("urlset", Ns);
        foreach (var (loc, lastMod) in urls)
        {
            w.WriteStartElement("url", Ns);
            w.WriteElementString("loc", Ns, loc);
            w.WriteElementString("lastmod", Ns, Date(lastMod));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static Representation Xml(Action<XmlWriter> body) => Representation.FromBytes(XmlBytes.Write(body), MediaType);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
