namespace NkFunctions.Core.Content.Search;

/// <summary>
/// Builds the index of a catalog's published articles: <see cref="SearchIndex.Build"/>, unless a test registers one
/// that holds or fails the build to see what searches answer meanwhile.
/// </summary>
internal delegate SearchIndex SearchIndexBuilder(IReadOnlyList<Article> published);
