namespace NkFunctions.Core.Content.Listing;

/// <summary>The orders a list can be sorted in; each is precomputed when the catalog is built.</summary>
public enum ArticleOrder
{
    /// <summary>Newest first: by <c>published</c>, then <c>updated</c>, both descending, then by slug (the catalog's own order).</summary>
    Published,

    /// <summary>By title, A to Z, ignoring case; ties newest first.</summary>
    Title,

    /// <summary>Shortest read first; ties newest first.</summary>
    ReadingMinutes,
}
