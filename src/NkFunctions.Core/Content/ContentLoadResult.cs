namespace NkFunctions.Core.Content;

/// <summary>
/// The outcome of loading a content root: the valid articles (drafts included, flagged) and every error found.
/// Callers must not serve <see cref="Articles"/> when <see cref="Errors"/> is not empty: never half the content.
/// </summary>
public sealed record ContentLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<ContentError> Errors)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The author records of <c>authors.yml</c>; empty when there is no such file.</summary>
    public IReadOnlyList<Authors.AuthorProfile> Authors { get; init; } = [];
}
