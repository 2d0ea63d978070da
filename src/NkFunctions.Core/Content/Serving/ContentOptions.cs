namespace NkFunctions.Core.Content.Serving;

/// <summary>Where articles come from (configuration section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Content";

    /// <summary>
    /// The content root holding <c>articles/*.md</c>. Empty means the <c>content</c> folder shipped beside the app,
    /// which is what Azure runs; the local host's run script points it at the repository's folder for live editing.
    /// </summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>
    /// Reload when files under <see cref="Root"/> change (authoring preview). Off in Azure, where content only
    /// changes with a deploy; a failed reload keeps serving the last good content.
    /// </summary>
    public bool WatchForChanges { get; set; }

    /// <summary>
    /// The folder of articles the build rendered (<c>NkFunctions.Prerender</c>, run by the Functions project's build
    /// and publish). Empty means the <c>prerendered</c> folder beside the app. Each file is named by a hash of an
    /// article file's bytes and of the renderer, so the folder may hold anything: an article not found there (or
    /// changed since) is rendered at start-up as if there were no folder. Missing is fine.
    /// </summary>
    public string PrerenderedPath { get; set; } = string.Empty;

    /// <summary>The absolute prerendered folder after defaults.</summary>
    public string ResolvedPrerenderedPath =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(PrerenderedPath) ? Path.Combine(AppContext.BaseDirectory, "prerendered") : PrerenderedPath);

    /// <summary>The absolute content root after defaults.</summary>
    public string ResolvedRoot =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "content") : Root);
}
