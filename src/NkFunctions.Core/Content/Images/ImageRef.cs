namespace NkFunctions.Core.Content.Images;

/// <summary>A served image as a page needs it: where to load it, its alt text and its intrinsic size.</summary>
/// <param name="Src">The content-hashed URL of the original (absolute when a public API origin is configured, else <c>/api/images/…</c>).</param>
/// <param name="Alt">The author's alt text.</param>
/// <param name="Width">Intrinsic width in CSS pixels, after EXIF orientation.</param>
/// <param name="Height">Intrinsic height in CSS pixels, after EXIF orientation.</param>
/// <param name="Type">The media type, e.g. <c>image/jpeg</c>.</param>
/// <param name="Srcset">The <c>srcset</c> value (variants and original, by width), or <see langword="null"/> when the image has no variants.</param>
public sealed record ImageRef(string Src, string Alt, int Width, int Height, string Type, string? Srcset);
