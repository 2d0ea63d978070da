using System.ComponentModel.DataAnnotations;

namespace NkFunctions.Core.Content.Search;

/// <summary>Full-text search (configuration section <c>Search</c>), validated on start.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Search";

    /// <summary>
    /// How long a search waits for an index still being built before it answers 503 with <c>Retry-After</c>; 0 never
    /// waits. Short on purpose: a front end's search box would rather say "try again" than hang (at 1,000 articles on a
    /// loaded machine the first build took a minute).
    /// </summary>
    [Range(0, 30_000)]
    public int MaxWaitMilliseconds { get; set; } = 1000;
}
