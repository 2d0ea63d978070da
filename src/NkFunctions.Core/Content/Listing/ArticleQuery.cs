namespace NkFunctions.Core.Content.Listing;

/// <summary>A validated list request: filters, order, the page and the fields to return.</summary>
/// <param name="Tag">Tag slug to filter by, when given.</param>
/// <param name="Author">Author slug to filter by, when given.</param>
/// <param name="PublishedFrom">Earliest publication date, inclusive.</param>
/// <param name="PublishedTo">Latest publication date, inclusive.</param>
/// <param name="Order">The sort order.</param>
/// <param name="Limit">Articles per page.</param>
/// <param name="Offset">How many matching articles come before this page.</param>
/// <param name="ByCursor">True when the page was named by <c>cursor</c> rather than <c>page</c>.</param>
/// <param name="Fields">The summary fields to return, in wire order; null for all.</param>
public sealed record ArticleQuery(
    string? Tag,
    string? Author,
    DateOnly? PublishedFrom,
    DateOnly? PublishedTo,
    ArticleOrder Order,
    int Limit,
    long Offset,
    bool ByCursor,
    IReadOnlyList<int>? Fields)
{
    /// <summary>Articles per page when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 15;

    /// <summary>The largest <c>limit</c>.</summary>
    public const int MaxLimit = 100;

    /// <summary>The first page, unfiltered, every field.</summary>
    public static ArticleQuery Default { get; } = new(null, null, null, null, ArticleOrder.Published, DefaultLimit, 0, false, null);
}
