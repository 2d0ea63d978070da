namespace NkFunctions.Core.Content;

/// <summary>The front matter of an article, validated. See README "Content format" for the contract.</summary>
/// <param name="Slug">Lowercase <c>a-z0-9-</c>; the article's key in every URL.</param>
/// <param name="Title">Display title.</param>
/// <param name="Author">Author name, when given.</param>
/// <param name="Published">First publication date (UTC calendar date).</param>
/// <param name="Updated">Last substantive update, when given.</param>
/// <param name="Summary">One or two sentences.</param>
/// <param name="Tags">Free-form tags, in the author's order.</param>
/// <param name="Draft">Drafts are validated but never served.</param>
/// <param name="Disclaimer">Shown with the article and with embeds, when given.</param>
/// <param name="PagePath">The article's public page path on the front end (default <c>/articles/{slug}</c>).</param>
public sealed record ArticleMetadata(
    string Slug,
    string Title,
    string? Author,
    DateOnly Published,
    DateOnly? Updated,
    string Summary,
    IReadOnlyList<string> Tags,
    bool Draft,
    string? Disclaimer,
    string PagePath)
{
    /// <summary>The search-result title as written; null to derive it from <see cref="Title"/>.</summary>
    public string? MetaTitle { get; init; }

    /// <summary>The search-result description as written; null to derive it from <see cref="Summary"/>.</summary>
    public string? MetaDescription { get; init; }

    /// <summary>The canonical URL as written; null for the article's own public page.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Who reviewed the article medically, when given (a name, matched against the authors file).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When the article was last reviewed, when given.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>The citations, in the author's order; empty when none.</summary>
    public IReadOnlyList<Seo.Reference> References { get; init; } = [];
}
