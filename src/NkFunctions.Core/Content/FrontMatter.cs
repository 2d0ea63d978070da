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
    /// <summary>The <c>cover</c> mapping's values by sub-key (<c>src</c>, <c>alt</c>), when given and a mapping.</summary>
    public IReadOnlyDictionary<string, string>? Cover { get; init; }
}
