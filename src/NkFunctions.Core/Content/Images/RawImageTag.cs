namespace NkFunctions.Core.Content.Images;

/// <summary>
/// One <c>&lt;img&gt;</c> start tag in a piece of raw HTML: where it stands in the text (so it alone can be replaced,
/// the rest kept as written), its attributes as the HTML tokenizer decoded them, in order, and its line in the text.
/// </summary>
/// <param name="Start">Index of its <c>&lt;</c>.</param>
/// <param name="Length">Characters up to and including its <c>&gt;</c>.</param>
/// <param name="Attributes">Name (lower case) and decoded value of each attribute, as written in order.</param>
/// <param name="Line">0-based line of the text it starts on.</param>
internal sealed record RawImageTag(int Start, int Length, IReadOnlyList<KeyValuePair<string, string>> Attributes, int Line)
{
    /// <summary>The value of <paramref name="name"/>, or null when the tag has no such attribute.</summary>
    public string? this[string name] => Attributes.FirstOrDefault(a => a.Key == name) is { Key: not null } found ? found.Value : null;
}
