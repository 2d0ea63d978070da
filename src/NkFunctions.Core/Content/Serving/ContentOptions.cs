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

    /// <summary>The absolute content root after defaults.</summary>
    public string ResolvedRoot =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Root) ? Path.Combine(AppContext.BaseDirectory, "content") : Root);
}
