using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Images;

/// <summary>One file served under <c>/api/images/{hash}/{fileName}</c>: an original or one of its variants.</summary>
/// <param name="Hash">First 16 hex digits of the SHA-256 of <see cref="Representation"/>'s bytes.</param>
/// <param name="FileName">The name in the URL: the original's file name, or <c>{stem}-{width}w{extension}</c> for a variant.</param>
/// <param name="Width">Pixel width of this file.</param>
/// <param name="Representation">The bytes, media type and ETag.</param>
internal sealed record ImageAsset(string Hash, string FileName, int Width, Representation Representation)
{
    /// <summary>The path under the image base, e.g. <c>images/0123456789abcdef/cover.jpg</c>.</summary>
    public string Path => "images/" + Hash + "/" + Uri.EscapeDataString(FileName);
}
