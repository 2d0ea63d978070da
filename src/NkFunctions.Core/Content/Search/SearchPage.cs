namespace NkFunctions.Core.Content.Search;

/// <summary>A page of search results.</summary>
/// <param name="Total">Articles matching in all.</param>
/// <param name="Hits">This page's articles, best first.</param>
internal sealed record SearchPage(int Total, IReadOnlyList<ArticleHit> Hits);

/// <summary>A matching article.</summary>
/// <param name="Position">The article's position in the index's article list.</param>
/// <param name="Score">The article's relevance: its best section's score plus a little for each other matching section.</param>
/// <param name="Sections">Its best matching sections, best first.</param>
internal sealed record ArticleHit(int Position, float Score, IReadOnlyList<SectionHit> Sections);

/// <summary>A matching section.</summary>
/// <param name="Doc">The index document.</param>
/// <param name="Section">The section's index within its article.</param>
/// <param name="Score">The section's relevance.</param>
internal readonly record struct SectionHit(int Doc, int Section, float Score);
