namespace NkFunctions.Core.Content.Seo;

/// <summary>The image social cards and JSON-LD show for an article (its cover), when it has one.</summary>
/// <param name="Url">Absolute URL of the image.</param>
/// <param name="Alt">Its alternative text.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record SeoImage(string Url, string Alt, int Width, int Height);
