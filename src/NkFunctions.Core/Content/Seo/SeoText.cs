namespace NkFunctions.Core.Content.Seo;

/// <summary>
/// Length limits of the search-result snippet and how a derived value is fitted into them. 60 and 160 characters are
/// what search engines show before truncating a title and a description; an author who writes one explicitly gets an
/// error past the limit, a value derived from the title or summary is cut on a word boundary instead.
/// </summary>
public static class SeoText
{
    /// <summary>Longest <c>metaTitle</c>.</summary>
    public const int MaxTitle = 60;

    /// <summary>Longest <c>metaDescription</c>.</summary>
    public const int MaxDescription = 160;

    private const char Ellipsis = '…';

    /// <summary>
    /// <paramref name="text"/> with whitespace runs collapsed; when longer than <paramref name="max"/>, cut at the last
    /// word boundary that leaves room for an ellipsis, which is appended.
    /// </summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= max)
        {
            return collapsed;
        }

        var room = collapsed[..(max - 1)];
        var space = room.LastIndexOf(' ');
        // A single word longer than the limit has no boundary to cut at; cut it rather than return nothing.
        var cut = space > 0 ? room[..space] : room;
        return cut.TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + Ellipsis;
    }
}
