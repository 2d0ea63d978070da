namespace NkFunctions.Core.Content;

/// <summary>A problem found while loading content: which file, and what is wrong with it.</summary>
/// <param name="File">The file, relative to the content root, with forward slashes.</param>
/// <param name="Message">What is wrong, in words an author can act on.</param>
public sealed record ContentError(string File, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Message}";
}
