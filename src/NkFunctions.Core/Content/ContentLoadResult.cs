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
    /// <summary>Every image the articles use, processed, with its variants: what <c>/api/images</c> serves.</summary>
    internal IReadOnlyList<Images.ProcessedImage> Images { get; init; } = [];

    /// <summary>Time spent decoding, resizing and encoding images, summed over threads.</summary>
    public TimeSpan ImageProcessingTime { get; init; }

    /// <summary>How many articles came from the build's prerendered folder rather than being rendered.</summary>
    public int FromPrerendered { get; init; }

    /// <summary>The articles this load rendered, as the build stores them (the prerendered ones are not repeated).</summary>
    internal IReadOnlyList<Prerender.PrerenderedArticle> Rendered { get; init; } = [];
}
