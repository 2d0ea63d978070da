namespace NkFunctions.Core.Content;

/// <summary>
/// Resolves a relative URL written in an article to a file under the content root, refusing anything outside it.
/// Shared by link validation and image processing so both agree on what a relative URL names.
/// </summary>
internal sealed class ContentPath
{
    private readonly StringComparison _pathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _rootWithSeparator;

    /// <param name="contentRoot">Full path of the content root; nothing outside it may be named.</param>
    public ContentPath(string contentRoot)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        _rootWithSeparator = Root + Path.DirectorySeparatorChar;
    }

    /// <summary>What a relative URL resolved to.</summary>
    public enum Outcome
    {
        /// <summary>Only a query or fragment: names no file.</summary>
        NoPath,

        /// <summary>The path cannot be a file name (a NUL).</summary>
        Invalid,

        /// <summary>The path leaves the content root.</summary>
        Outside,

        /// <summary>Inside the root, but no such file.</summary>
        Missing,

        /// <summary>An existing file inside the root.</summary>
        Found,
    }

    /// <summary>The content root, full path, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>Where resolved files are noted for the build-time cache (<see cref="Prerender.DependencyLog"/>); none when null.</summary>
    public Prerender.DependencyLog? Dependencies { get; init; }

    /// <summary>Resolves <paramref name="normalizedUrl"/> (see <see cref="UrlClassifier.Normalize"/>) against <paramref name="articleDirectory"/>.</summary>
    public Outcome Resolve(string normalizedUrl, string articleDirectory, out string fullPath)
    {
        fullPath = string.Empty;

        // The query and fragment are not part of the file name.
        var pathEnd = normalizedUrl.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(pathEnd < 0 ? normalizedUrl : normalizedUrl[..pathEnd]).Replace('\\', '/');
        if (path.Length == 0)
        {
            return Outcome.NoPath;
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return Outcome.Invalid;
        }

        fullPath = Path.GetFullPath(Path.Combine(articleDirectory, path));
        if (!fullPath.StartsWith(_rootWithSeparator, _pathComparison))
        {
            return Outcome.Outside;
        }

        if (!File.Exists(fullPath))
        {
            return Outcome.Missing;
        }

        Dependencies?.File(Relative(fullPath));
        return Outcome.Found;
    }

    /// <summary><paramref name="fullPath"/> relative to the root, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
