using NkFunctions.Core.Content.Images;

namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// Decides whether a prerendered article can be served as it is: the key already proves the file and the renderer
/// are the ones it was rendered from, so what is left to check is what lies outside the file.
/// </summary>
internal static class PrerenderedArticles
{
    /// <summary>The article of <paramref name="entry"/> under <paramref name="images"/>' URL base, or null when it must be rendered again.</summary>
    /// <param name="entry">The entry read for the file's key.</param>
    /// <param name="paths">The content root.</param>
    /// <param name="images">This load's images: the article's images are processed into it, as a render would.</param>
    /// <param name="today">The latest date anywhere now: a review date after it is an error the render must report.</param>
    public static Article? TryRestore(PrerenderedArticle entry, ContentPath paths, ImageLibrary images, DateOnly today)
    {
        // A review date is valid once it is not in the future, and stays valid: only a clock behind the build's can fail it.
        if (entry.Article.Metadata.LastReviewed > today)
        {
            return null;
        }

        foreach (var file in entry.Files)
        {
            if (!File.Exists(Path.Combine(paths.Root, file)))
            {
                return null;
            }
        }

        foreach (var dependency in entry.Images)
        {
            var (image, _) = images.Get(Path.GetFullPath(Path.Combine(paths.Root, dependency.File)));
            if (image is null || DependencyLog.Fingerprint(image) != dependency.Assets)
            {
                return null;
            }
        }

        return PrerenderImageBase.Rebase(entry.Article, entry.Images.Count > 0, images.UrlBase);
    }
}
