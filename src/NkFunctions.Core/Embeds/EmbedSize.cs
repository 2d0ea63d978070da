namespace NkFunctions.Core.Embeds;

/// <summary>
/// The size an embed asks for before it is loaded. The loader resizes each iframe to its content once it renders,
/// so this only has to be close: it is what oEmbed consumers reserve, and what they get without the loader.
/// </summary>
public static class EmbedSize
{
    /// <summary>The narrowest default width the layout is designed for, in CSS pixels.</summary>
    public const int MinWidth = 200;

    // Layout constants of embed.css: 16 px text at 1.6 line height, 20 px padding, header and footer around the body.
    private const double CharWidth = 8.2;
    private const int LineHeight = 26;
    private const int Padding = 40;
    private const int ParagraphGap = 16;
    private const int Chrome = 170;

    /// <summary>
    /// The width and height for a body of <paramref name="textLength"/> characters in <paramref name="paragraphs"/>
    /// paragraphs: <paramref name="preferredWidth"/> unless <paramref name="maxWidth"/> is smaller, and the estimated
    /// height at that width unless <paramref name="maxHeight"/> is smaller (oEmbed: both maxima must be respected).
    /// </summary>
    public static (int Width, int Height) For(int textLength, int paragraphs, int preferredWidth, int? maxWidth, int? maxHeight)
    {
        var width = Math.Max(1, Math.Min(preferredWidth, maxWidth ?? int.MaxValue));
        var charsPerLine = Math.Max(10, (int)((Math.Max(width, MinWidth) - Padding) / CharWidth));
        var lines = (int)Math.Ceiling((double)Math.Max(0, textLength) / charsPerLine) + Math.Max(0, paragraphs);
        var height = Chrome + (lines * LineHeight) + (Math.Max(0, paragraphs) * ParagraphGap);
        return (width, Math.Max(1, Math.Min(height, maxHeight ?? int.MaxValue)));
    }
}
