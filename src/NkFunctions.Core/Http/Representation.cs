using System.Security.Cryptography;
using System.Text;

namespace NkFunctions.Core.Http;

/// <summary>
/// A response body rendered once, with its media type and strong entity tag. Serving it is a lookup and a write,
/// so everything that can be computed ahead (the tag, the header values) is computed here.
/// </summary>
public sealed class Representation
{
    private Representation(byte[] body, string contentType, string entityTag)
    {
        Body = body;
        ContentType = contentType;
        EntityTag = entityTag;
        IsHtml = contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bytes sent for GET.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The Content-Type header value, charset included for text types.</summary>
    public string ContentType { get; }

    /// <summary>True for HTML, which gets a Content-Security-Policy when served.</summary>
    public bool IsHtml { get; }

    /// <summary>The strong ETag, quoted, e.g. <c>"k3J…"</c>.</summary>
    public string EntityTag { get; }

    /// <summary>Wraps UTF-8 text.</summary>
    public static Representation FromText(string text, string contentType) => FromBytes(Encoding.UTF8.GetBytes(text), contentType);

    /// <summary>Reads a resource embedded in <paramref name="assembly"/> (scripts, stylesheets, pages shipped with the app).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing from the assembly (a build error).</exception>
    public static Representation FromEmbeddedResource(System.Reflection.Assembly assembly, string resourceName, string contentType)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), contentType);
    }

    /// <summary>Wraps bytes; the ETag is a hash of the bytes, so equal bytes always carry equal tags across instances.</summary>
    public static Representation FromBytes(byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        // The content type takes part in the tag: the JSON and the HTML of one section must never share a tag.
        var hash = SHA256.HashData([.. body, .. Encoding.UTF8.GetBytes(contentType)]);
        var tag = "\"" + Base64Url(hash.AsSpan(0, 16)) + "\"";
        return new Representation(body, contentType, tag);
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
