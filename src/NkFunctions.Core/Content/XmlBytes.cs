using System.Text;
using System.Xml;

namespace NkFunctions.Core.Content;

/// <summary>Writes an XML document (feeds, sitemaps) to UTF-8 bytes without a byte order mark, which some feed readers reject.</summary>
internal static class XmlBytes
{
    public static byte[] Write(Action<XmlWriter> body, bool indent = false)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = indent }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
