using System.Globalization;
using System.Xml;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>RSS 2.0 (rssboard.org), with <c>atom:link rel="self"</c>, <c>dc:creator</c> for authors (RSS's own
/// <c>author</c> must be an e-mail address) and <c>content:encoded</c> for full content.</summary>
internal static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedDocument feed) => XmlBytes.Write(xml => Body(xml, feed), indent: true);

    private static void Body(XmlWriter xml, FeedDocument feed)
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", feed.Title);
        xml.WriteElementString("link", feed.SiteUrl);
        xml.WriteElementString("description", feed.Description);
        xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", FeedLinks.RssMediaType);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.WriteElementString("title", entry.Title);
            xml.WriteElementString("link", entry.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(entry.Url);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", Rfc822(entry.Published));
            xml.WriteElementString("description", entry.Summary);
            if (entry.Author is not null)
            {
                xml.WriteElementString("creator", DcNs, entry.Author);
            }

            foreach (var tag in entry.Tags)
            {
                xml.WriteElementString("category", tag);
            }

            if (entry.Html is not null)
            {
                xml.WriteStartElement("content", "encoded", ContentNs);
                xml.WriteCData(entry.Html.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Rfc822(DateTimeOffset instant) => instant.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
}
