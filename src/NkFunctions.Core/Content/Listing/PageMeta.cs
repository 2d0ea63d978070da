namespace NkFunctions.Core.Content.Listing;

/// <summary>Where a page sits in its list: what <c>meta.pagination</c> and the <c>Link</c> header say.</summary>
/// <param name="Page">This page's number (from the offset when named by cursor).</param>
/// <param name="Limit">Articles per page.</param>
/// <param name="Pages">Pages in all (at least 1).</param>
/// <param name="Total">Matching articles.</param>
/// <param name="Offset">Matching articles before this page.</param>
internal readonly record struct PageMeta(int Page, int Limit, int Pages, int Total, long Offset)
{
    public static PageMeta For(ArticleQuery query, int total) => For(query.Limit, query.Offset, total);

    /// <summary>The page of <paramref name="limit"/> results after <paramref name="offset"/> of <paramref name="total"/>.</summary>
    public static PageMeta For(int limit, long offset, int total)
    {
        var pages = Math.Max(1, (int)((total + (long)limit - 1) / limit));
        var page = (int)Math.Min(int.MaxValue, (offset / limit) + 1);
        return new PageMeta(page, limit, pages, total, offset);
    }

    /// <summary>The next page's number, when there are articles after this page.</summary>
    public int? Next => Offset + Limit < Total ? Page + 1 : null;

    /// <summary>The previous page's number, when this page is not the first (nor past the end).</summary>
    public int? Prev => Offset > 0 && Page > 1 ? Math.Min(Page - 1, Pages) : null;

    /// <summary>The next page's cursor, when there is a next page.</summary>
    public string? NextCursor => Next is null ? null : ListCursor.Encode(Offset + Limit);

    /// <summary>The previous page's cursor, when there is a previous page.</summary>
    public string? PrevCursor => Offset > 0 ? ListCursor.Encode(Math.Min(Math.Max(0, Offset - Limit), (long)(Pages - 1) * Limit)) : null;
}
