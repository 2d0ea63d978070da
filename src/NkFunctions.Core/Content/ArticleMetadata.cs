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
    string PagePath);
