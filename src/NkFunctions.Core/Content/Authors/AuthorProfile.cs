namespace NkFunctions.Core.Content.Authors;

/// <summary>An author's record from <c>authors.yml</c>: what a byline and structured data can say about them.</summary>
/// <param name="Slug">The URL key, made from the name like a tag's (<see cref="Listing.TagSlug"/>).</param>
/// <param name="Name">The name, as articles' <c>author</c> and <c>reviewedBy</c> give it.</param>
/// <param name="Bio">A sentence or two about them, when given.</param>
/// <param name="Url">Their profile page (absolute http or https), when given.</param>
/// <param name="SameAs">Other pages about them (absolute http or https), e.g. ORCID or a professional register.</param>
public sealed record AuthorProfile(string Slug, string Name, string? Bio, string? Url, IReadOnlyList<string> SameAs);
