namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// What one article's parse looked at outside its own file: the files its links and images resolved to, and the
/// images it had processed. Filled by <see cref="ContentPath"/> and the image resolver while parsing.
/// </summary>
/// <remarks>
/// Written from several threads at once: <c>BodyImages.Rewrite</c> resolves an article's images in parallel, and the
/// resolutions of one picture shown twice wait on its one decode and note it together. Unsynchronized, the sorted
/// collections threw "same key already added" (an article stopped the start-up) or lost entries, so every access
/// takes the lock; the notes are a few per image, never contended for long.
/// </remarks>
internal sealed class DependencyLog
{
    private readonly Lock _gate = new();
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _images = new(StringComparer.Ordinal);

    /// <summary>A file, relative to the content root, that a link or image resolved to and that existed.</summary>
    public void File(string relativePath)
    {
        lock (_gate)
        {
            _files.Add(relativePath);
        }
    }

    /// <summary>An image the article uses, relative to the content root, as it was processed.</summary>
    public void Image(string relativePath, Images.ProcessedImage image)
    {
        var fingerprint = Fingerprint(image);
        lock (_gate)
        {
            _images[relativePath] = fingerprint;
        }
    }

    /// <summary>The processed image's identity: size and every (content-hashed) asset path.</summary>
    public static string Fingerprint(Images.ProcessedImage image) =>
        FormattableString.Invariant($"{image.Width}x{image.Height} ") + string.Join(' ', image.Assets.Select(a => a.Path));

    /// <summary>The entry for <paramref name="article"/> under <paramref name="key"/>.</summary>
    public PrerenderedArticle ToEntry(string key, Article article)
    {
        lock (_gate)
        {
            return new(key, article, [.. _files], [.. _images.Select(i => new ImageDependency(i.Key, i.Value))]);
        }
    }
}
