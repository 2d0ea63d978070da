namespace NkFunctions.Core.Content.Search;

/// <summary>A validated search request.</summary>
/// <param name="Text">What the reader typed, trimmed (1 to <see cref="MaxLength"/> characters).</param>
/// <param name="Tag">Tag slug the results must carry, when given.</param>
/// <param name="Limit">Articles per page.</param>
/// <param name="Offset">Matching articles before this page.</param>
/// <param name="ByCursor">True when the page was named by <c>cursor</c> rather than <c>page</c>.</param>
public sealed record SearchQuery(string Text, string? Tag, int Limit, long Offset, bool ByCursor)
{
    /// <summary>Articles per page when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 10;

    /// <summary>The largest <c>limit</c>.</summary>
    public const int MaxLimit = 50;

    /// <summary>The longest <c>q</c>: a search box, not a document.</summary>
    public const int MaxLength = 200;
}
