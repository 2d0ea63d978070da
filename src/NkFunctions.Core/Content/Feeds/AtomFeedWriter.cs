using System.Globalization;
using System.Xml;

namespace NkFunctions.Core.Content.Feeds;

/// <summary>Atom 1.0 (RFC 4287). The feed's own author covers entries that name none, as the RFC requires.</summary>
internal static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed) => XmlBytes.Write(xml => Body(xml, feed), indent: true);

    private static void Body(XmlWriter xml, FeedDocument feed)
    {
        xml.WriteStartElement("feed", Ns);
        xml.WriteElementString("title", Ns, feed.Title);
        xml.WriteElementString("subtitle", Ns, feed.Description);
        xml.WriteElementString("id", Ns, feed.SelfUrl);
        xml.WriteElementString("updated", Ns, Rfc3339(feed.Updated));
        Link(xml, "self", feed.SelfUrl, FeedLinks.AtomMediaType);
        Link(xml, "alternate", feed.SiteUrl, "text/html");
        Author(xml, feed.Title);
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry", Ns);
            xml.WriteElementString("title", Ns, entry.Title);
            xml.WriteElementString("id", Ns, entry.Url);
            Link(xml, "alternate", entry.Url, "text/html");
            xml.WriteElementString("published", Ns, Rfc3339(entry.Published));
            xml.WriteElementString("updated", Ns, Rfc3339(entry.Updated));
            if (entry.Author is not null)
            {
                Author(xml, entry.Author);
            }

            foreach (var tag in entry.Tags)
            {
                xml.WriteStartElement("category", Ns);
                xml.WriteAttributeString("term", tag);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("summary", Ns);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(entry.Summary);
            xml.WriteEndElement();
            if (entry.Html is not null)
            {
                xml.WriteStartElement("content", Ns);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(entry.Html);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Ns);
        xml.WriteElementString("name", Ns, name);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
