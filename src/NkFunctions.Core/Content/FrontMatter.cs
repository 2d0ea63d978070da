namespace NkFunctions.Core.Content;

/// <summary>
/// The front matter as written, before format checks: a value is <see langword="null"/> when its key is absent or
/// when its YAML shape was wrong (already reported), and empty when the key was given no value. <c>Keys</c> lists every
/// known key present in the YAML, valid or not, so a wrongly shaped required field is not also reported as missing.
/// </summary>
internal sealed record FrontMatter(
    IReadOnlySet<string> Keys,
    string? Title,
    string? Slug,
    string? Author,
    string? Published,
    string? Updated,
    string? Summary,
    IReadOnlyList<string>? Tags,
    string? Draft,
    string? Disclaimer,
    string? Path)
{
    /// <summary>The search-result title, when written.</summary>
    public string? MetaTitle { get; init; }

    /// <summary>The search-result description, when written.</summary>
    public string? MetaDescription { get; init; }

    /// <summary>The canonical URL, when written.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Who reviewed the article medically, when written.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When it was last reviewed, as written.</summary>
    public string? LastReviewed { get; init; }

    /// <summary>The citations, already checked for shape (null when absent or not a list).</summary>
    public IReadOnlyList<Seo.Reference>? References { get; init; }
    /// <summary>The <c>cover</c> mapping's values by sub-key (<c>src</c>, <c>alt</c>), when given and a mapping.</summary>
    public IReadOnlyDictionary<string, string>? Cover { get; init; }
}
