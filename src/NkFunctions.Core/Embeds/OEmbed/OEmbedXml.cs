using System.Globalization;
using System.Text;
using System.Xml;

namespace NkFunctions.Core.Embeds.OEmbed;

/// <summary>Writes an oEmbed response as XML (§2.3.4): an <c>oembed</c> element with one child per field.</summary>
internal static class OEmbedXml
{
    public static byte[] Write(OEmbedResponse response)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("oembed");
            xml.WriteElementString("version", response.Version);
            xml.WriteElementString("type", response.Type);
            xml.WriteElementString("title", response.Title);
            if (response.AuthorName is { } author)
            {
                xml.WriteElementString("author_name", author);
            }

            xml.WriteElementString("provider_name", response.ProviderName);
            xml.WriteElementString("provider_url", response.ProviderUrl);
            xml.WriteElementString("cache_age", response.CacheAge.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("html", response.Html);
            xml.WriteElementString("width", response.Width.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("height", response.Height.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
