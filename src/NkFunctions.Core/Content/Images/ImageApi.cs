using Microsoft.AspNetCore.Http;
using NkFunctions.Core.Content.Serving;
using NkFunctions.Core.Http;

namespace NkFunctions.Core.Content.Images;

/// <summary>
/// <c>GET /api/images/{hash}/{fileName}</c>: an article's image or one of its variants. The URL names the bytes (a hash
/// of them), so the answer never changes and is cached for a year as immutable; a changed file gets a new URL.
/// </summary>
public sealed class ImageApi(ContentStore store, ApiResults results)
{
    /// <summary>The file, or a 404 problem for an unknown hash or a known hash under another name.</summary>
    /// <remarks>
    /// A wrong name is a 404, not a redirect: every URL we hand out is exact, and a redirect to an immutable answer would
    /// itself have to be cached (or not) with rules of its own, for no reader's benefit.
    /// </remarks>
    public IResult Get(HttpRequest request, string hash, string fileName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asset = store.Catalog.Images.Find(hash, fileName, out var names);
        if (asset is not null)
        {
            return results.Immutable(asset.Representation);
        }

        return names.Count == 0
            ? results.NotFound("image-not-found", $"There is no image with hash '{ProblemText.Shorten(hash)}'. Image URLs come from the article JSON (cover) and the section HTML; a changed image gets a new hash.")
            : results.NotFound("image-not-found", $"Image '{hash}' is not served as '{ProblemText.Shorten(fileName)}'; it is served as: {string.Join(", ", names)}.");
    }
}
