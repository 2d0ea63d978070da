namespace NkFunctions.Core.Content.Seo;

/// <summary>A citation from an article's <c>references</c> front matter, validated.</summary>
/// <param name="Title">The cited work's title.</param>
/// <param name="Url">Where to read it (absolute http or https), when given.</param>
/// <param name="Authors">Its authors, in citation order.</param>
/// <param name="Publisher">Journal or publisher, when given.</param>
/// <param name="Year">Year of publication, when given without a full date.</param>
/// <param name="Date">Date of publication, when given.</param>
/// <param name="Doi">Digital Object Identifier (<c>10.xxxx/…</c>), when given.</param>
public sealed record Reference(
    string Title,
    string? Url,
    IReadOnlyList<string> Authors,
    string? Publisher,
    int? Year,
    DateOnly? Date,
    string? Doi);
