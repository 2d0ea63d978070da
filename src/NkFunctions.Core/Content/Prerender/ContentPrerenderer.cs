namespace NkFunctions.Core.Content.Prerender;

/// <summary>
/// The build step: renders every article of a content root into a prerendered folder, so the app's start-up reads
/// them instead of rendering (BENCHMARKS.md, "Scale"). Invalid content writes nothing and is reported, so a broken
/// article fails the build rather than the deployment's start-up.
/// </summary>
public static class ContentPrerenderer
{
    /// <summary>Renders <paramref name="contentRoot"/> into <paramref name="folder"/>: new entries written, entries of no current article removed.</summary>
    /// <param name="contentRoot">The content root (holding <c>articles/</c>).</param>
    /// <param name="folder">The prerendered folder; created when missing.</param>
    /// <param name="time">What "today" is for review dates.</param>
    public static PrerenderOutcome Run(string contentRoot, string folder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var result = ContentLoader.ForPrerender(time).Load(contentRoot, prerendered: null);
        if (!result.IsValid)
        {
            return new PrerenderOutcome(0, 0, 0, 0, result.Errors);
        }

        var target = new PrerenderFolder(folder);
        var written = 0;
        foreach (var entry in result.Rendered)
        {
            // Same key, same bytes: an entry already there was written by a build of this renderer from this file.
            if (!target.Contains(entry.Key))
            {
                target.Write(entry);
                written++;
            }
        }

        Directory.CreateDirectory(target.Path);
        var removed = target.Prune(result.Rendered.Select(e => e.Key).ToHashSet(StringComparer.Ordinal));
        return new PrerenderOutcome(result.Rendered.Count, written, result.Rendered.Count - written, removed, []);
    }
}

/// <summary>What a prerender run did.</summary>
/// <param name="Articles">Articles in the folder now (drafts included: the app validates them too).</param>
/// <param name="Written">Entries written.</param>
/// <param name="Kept">Entries already there.</param>
/// <param name="Removed">Entries of no current article, deleted.</param>
/// <param name="Errors">The content's errors; nothing was written when there are any.</param>
public sealed record PrerenderOutcome(int Articles, int Written, int Kept, int Removed, IReadOnlyList<ContentError> Errors);
