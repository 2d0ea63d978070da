namespace NkFunctions.Core.Content.Listing;

/// <summary>One page of a filtered, ordered list: the articles' positions in the catalog and how many matched in all.</summary>
/// <param name="Page">Catalog positions of the page's articles, in order.</param>
/// <param name="Total">Articles matching the filters.</param>
internal readonly record struct ListSelection(ReadOnlyMemory<int> Page, int Total);
