namespace NkFunctions.Core.Content.Images;

/// <summary>Turns an image URL written in an article into its processed image, or says why it cannot be served.</summary>
internal sealed class ImageResolver(ContentPath paths, ImageLibrary library)
{
    /// <summary>What became of a URL.</summary>
    public enum Outcome
    {
        /// <summary>Not a relative URL (remote, site-rooted, data, empty): not ours to serve.</summary>
        NotLocal,

        /// <summary>Relative, but outside the root, missing or not a file name.</summary>
        NoFile,

        /// <summary>The file exists but is not an image we serve.</summary>
        Refused,

        /// <summary>Processed and served.</summary>
        Served,
    }

    /// <summary>Resolves <paramref name="url"/> against <paramref name="articleDirectory"/>.</summary>
    /// <param name="url">As written.</param>
    /// <param name="articleDirectory">Full path of the article's folder.</param>
    /// <param name="image">The image when <see cref="Outcome.Served"/>.</param>
    /// <param name="problem">Why not, in words for the author, when not served.</param>
    public Outcome Resolve(string url, string articleDirectory, out ProcessedImage? image, out string problem)
    {
        image = null;
        var normalized = UrlClassifier.Normalize(url);
        if (UrlClassifier.Classify(normalized) != UrlKind.Relative)
        {
            problem = "must be an image file in the content folder, relative to the article (e.g. images/cover.jpg); remote images are not served";
            return Outcome.NotLocal;
        }

        switch (paths.Resolve(normalized, articleDirectory, out var fullPath))
        {
            case ContentPath.Outcome.Found:
                (image, var error) = library.Get(fullPath);
                problem = error ?? string.Empty;
                if (image is not null)
                {
                    paths.Dependencies?.Image(paths.Relative(fullPath), image);
                }

                return image is null ? Outcome.Refused : Outcome.Served;
            case ContentPath.Outcome.Outside:
                problem = "points outside the content root";
                return Outcome.NoFile;
            case ContentPath.Outcome.Missing:
                problem = $"{paths.Relative(fullPath)} does not exist";
                return Outcome.NoFile;
            default:
                problem = "is not a valid file name";
                return Outcome.NoFile;
        }
    }
}
