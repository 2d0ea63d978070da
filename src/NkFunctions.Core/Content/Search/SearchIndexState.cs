namespace NkFunctions.Core.Content.Search;

/// <summary>Where the index of the catalog being served is.</summary>
internal enum SearchIndexStatus
{
    /// <summary>Built: searches are answered.</summary>
    Ready,

    /// <summary>Still being built after the bounded wait.</summary>
    Building,

    /// <summary>The last build threw; a later search starts another.</summary>
    Failed,
}

/// <summary>What a search found of the index: the index when <see cref="SearchIndexStatus.Ready"/>, else when to come back.</summary>
internal sealed record SearchIndexState(SearchIndexStatus Status, SearchIndex? Index, TimeSpan RetryAfter);
