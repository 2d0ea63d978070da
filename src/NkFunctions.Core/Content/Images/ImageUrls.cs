namespace NkFunctions.Core.Content.Images;

/// <summary>
/// Where image URLs point. Section HTML and list summaries are rendered once at load, not per request, so their image
/// URLs cannot follow the request's host: they are absolute when <c>Embeds:PublicApiOrigin</c> is configured (what a
/// front end on another origin needs), else path-absolute under the <c>api</c> route prefix of host.json.
/// </summary>
internal static class ImageUrls
{
    /// <summary>The route prefix of host.json, which the Functions host and the local host both serve under.</summary>
    public const string PathBase = "/api";

    /// <summary>The base for a configured public API origin (blank: path-absolute).</summary>
    public static string Base(string? publicApiOrigin) =>
        string.IsNullOrWhiteSpace(publicApiOrigin) ? PathBase : publicApiOrigin.TrimEnd('/') + PathBase;
}
